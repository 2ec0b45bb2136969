import { localDateTime } from '../../../shared/domain/audit-sentence';
import type { Call } from '../call';
import { emit, type CliIo } from '../io';
import { parseCliInteger } from '../number';

/** The audit.list channel's own bounds. */
const MAX_LIMIT = 500;

/** `audit`: the newest rows first, each as the sentence Nhật ký shows (JSON: the rows with their sentences). */
export async function auditCommand(call: Call, io: CliIo, limitArg: string | undefined): Promise<void> {
  const limit = limitArg === undefined ? 100 : parseCliInteger(limitArg, '--limit', 1, MAX_LIMIT);
  const rows = await call('audit.list', { limit });
  emit(io, rows, () =>
    rows.length ? rows.map((r) => `${localDateTime(r.at)}  ${r.displayName}: ${r.sentence}`).join('\n') : 'Nhật ký chưa có thay đổi nào.',
  );
}
