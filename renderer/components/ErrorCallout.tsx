import { Callout } from '@blueprintjs/core';
import type { AppErrorBody } from '../../shared/result';

export function ErrorCallout({ error, title = 'Không thực hiện được' }: { error: AppErrorBody | null; title?: string }) {
  if (!error) return null;
  return (
    <Callout intent="danger" title={title} role="alert" className="error-callout">
      {error.message}
    </Callout>
  );
}
