import { periodName } from '../../../shared/domain/periods';
import type { ReconcileView } from '../../../shared/domain/reconcile';
import type { Call } from '../call';
import { emit, usageError, type CliIo } from '../io';

const lockJson = (v: ReconcileView) => ({ period: v.period, locked: v.lock !== null, lock: v.lock });

/** `period lock`: the figures of the period are final (reconcile.lock, as the Đối chiếu button). */
export async function periodLock(call: Call, io: CliIo, flags: { period?: string; note?: string }): Promise<void> {
  if (!flags.period) throw usageError('Cần --period, ví dụ --period 2021-Q2.');
  const v = await call('reconcile.lock', { period: flags.period, note: flags.note?.trim() || null });
  emit(io, lockJson(v), () => `Đã chốt số liệu ${periodName(v.period)}.`);
}

/** `period unlock`: reopens a locked period; the reason is required and kept in the audit. */
export async function periodUnlock(call: Call, io: CliIo, flags: { period?: string; reason?: string }): Promise<void> {
  if (!flags.period) throw usageError('Cần --period, ví dụ --period 2021-Q2.');
  if (!flags.reason?.trim()) throw usageError('Mở khóa kỳ cần --reason: lý do.');
  const v = await call('reconcile.unlock', { period: flags.period, reason: flags.reason });
  emit(io, lockJson(v), () => `Đã mở khóa ${periodName(v.period)}.`);
}
