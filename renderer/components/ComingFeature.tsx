import { NonIdealState, type IconName } from '@blueprintjs/core';

/** An honest empty page: says what will be here and that it is not built yet. */
export function ComingFeature({ icon, title, description }: { icon: IconName; title: string; description: string }) {
  return (
    <div className="page-empty">
      <NonIdealState icon={icon} title={title} description={description} />
    </div>
  );
}
