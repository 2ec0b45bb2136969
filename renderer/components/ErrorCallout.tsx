import { Callout } from '@blueprintjs/core';
import type { AppErrorBody } from '../../shared/result';
import { errorGuide } from '../api/error-guide';

/** An error envelope as the clerk reads it: titled and coloured by its code (renderer/api/error-guide.ts). */
export function ErrorCallout({ error, title = 'Không thực hiện được' }: { error: AppErrorBody | null; title?: string }) {
  if (!error) return null;
  const guide = errorGuide(error);
  return (
    <Callout
      intent={guide.intent}
      title={guide.title ?? title}
      icon={guide.storage ? 'database' : undefined}
      role="alert"
      className={guide.storage ? 'error-callout error-callout-storage' : 'error-callout'}
      data-error-code={error.code}
    >
      {error.message}
    </Callout>
  );
}
