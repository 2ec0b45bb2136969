import { periodName } from '../../../shared/domain/periods';
import { FINDING_STATUS_LABELS, RULE_TITLES, type FindingView, type SettleAction } from '../../../shared/domain/reconcile';
import { AppError } from '../../../shared/result';
import type { Call } from '../call';
import { cellRef, findingJson } from '../finding-json';
import { emit, usageError, type CliIo } from '../io';
import { parseCliNumber } from '../number';

const ACTIONS: readonly SettleAction[] = ['accept', 'correct', 'explain'];

const requirePeriod = (period: string | undefined): string => {
  if (!period) throw usageError('Cần --period, ví dụ --period 2021-Q2.');
  return period;
};
const requireKey = (key: string | undefined): string => {
  if (!key) throw usageError('Cần --key: mã điểm chênh lệch, xem bằng lệnh "findings list".');
  return key;
};

/** The one --key of a command that takes one. */
export const oneKey = (keys: readonly string[] | undefined): string | undefined => {
  if (keys && keys.length > 1) throw usageError('Lệnh này nhận một --key.');
  return keys?.[0];
};

/** "Ban CHQS, phiên bản 2" for a report id: which of a finding's cells is whose. */
type ReportNames = Map<number, string>;

async function reportNames(call: Call, period: string): Promise<ReportNames> {
  const reports = await call('reports.list', { year: Number(period.slice(0, 4)) });
  return new Map(reports.map((r) => [r.id, `${r.unitName}, ${periodName(r.period)}, phiên bản ${r.version}`]));
}

const describe = (f: FindingView, names: ReportNames): string =>
  [
    `  [${f.rule} ${RULE_TITLES[f.rule]}] ${f.message} — ${FINDING_STATUS_LABELS[f.status]}${f.note ? `: ${f.note}` : ''}`,
    `    --key ${f.key}`,
    ...(f.cells ?? []).map((c) => `    --cell ${cellRef(c)} (${c.indicator} ${c.field === 'period' ? 'thực hiện trong kỳ' : 'lũy kế từ đầu năm'}, ${names.get(c.reportId) ?? `báo cáo số ${c.reportId}`})`),
  ].join('\n');

/** `findings list`: the findings of a period, each with the key and cells the other commands take. */
export async function findingsList(call: Call, io: CliIo, period: string | undefined): Promise<void> {
  const v = await call('reconcile.run', { period: requirePeriod(period) });
  const names = io.json ? new Map<number, string>() : await reportNames(call, v.period);
  emit(io, { period: v.period, locked: v.lock !== null, findings: v.findings.map(findingJson) }, () =>
    [`Điểm chênh lệch ${periodName(v.period)}${v.lock ? ' — ĐÃ CHỐT' : ''}: ${v.findings.length.toLocaleString('vi-VN')}`, ...v.findings.map((f) => describe(f, names))].join('\n'),
  );
}

export interface SettleFlags {
  period?: string;
  keys?: readonly string[];
  action?: string;
  note?: string;
  value?: string;
  cell?: string;
}

/**
 * `findings settle`: one reconcile.settle call, as the Đối chiếu dialog makes it. A correction
 * targets one of the finding's own cells (the original figure stays in the report); a finding
 * with several cells needs --cell, never a guess.
 */
export async function findingsSettle(call: Call, io: CliIo, flags: SettleFlags): Promise<void> {
  const period = requirePeriod(flags.period);
  const action = flags.action as SettleAction;
  if (!ACTIONS.includes(action)) throw usageError(`Cần --action accept (chấp nhận), correct (sửa số liệu) hoặc explain (giải trình)${flags.action ? `, không phải "${flags.action}"` : ''}.`);
  if (flags.keys && flags.keys.length > 1) return settleMany(call, io, period, flags.keys, action, flags);
  const key = requireKey(flags.keys?.[0]);
  if (action === 'correct' && flags.value === undefined) throw usageError('Sửa số liệu cần --value: số liệu đúng.');
  if (action === 'explain' && flags.value !== undefined) throw usageError('Giải trình không nhận --value; muốn sửa số liệu hãy dùng --action correct.');
  if (action !== 'correct' && flags.cell !== undefined) throw usageError('--cell chỉ dùng với --action correct.');
  const value = flags.value === undefined ? undefined : parseCliNumber(flags.value, '--value');
  const finding = await findingOf(call, period, key);
  let corrections;
  if (action === 'correct') {
    const cells = finding.cells ?? [];
    if (!cells.length) throw usageError('Điểm chênh lệch này không gắn với ô số liệu nào để sửa; hãy dùng --action accept hoặc explain.');
    const cell = flags.cell === undefined ? (cells.length === 1 ? cells[0] : undefined) : cells.find((c) => cellRef(c) === flags.cell);
    if (!cell) {
      const list = cells.map((c) => `--cell ${cellRef(c)}`).join(', ');
      throw usageError(flags.cell === undefined ? `Điểm chênh lệch này có ${cells.length} ô số liệu; hãy chọn ô cần sửa: ${list} (xem từng ô là của ban nào bằng lệnh "findings list --period ${period}").` : `Ô "${flags.cell}" không thuộc điểm chênh lệch này; các ô của nó: ${list}.`);
    }
    corrections = [{ ...cell, value: value! }];
  } else if (value !== undefined && finding.rule !== 'R6') {
    throw usageError('Chấp nhận với --value chỉ dùng cho R6 (chọn số liệu của một trong hai ban).');
  }
  const settled = await call('reconcile.settle', { period, key, action, note: flags.note ?? null, chosenValue: action === 'accept' ? (value ?? null) : null, corrections });
  const names = io.json ? new Map<number, string>() : await reportNames(call, period);
  emit(io, findingJson(settled), () => `Đã xử lý (${FINDING_STATUS_LABELS[settled.status]}):\n${describe(settled, names)}`);
}

/**
 * Several findings of one rule settled the same way in one transaction (the Đối chiếu bulk action):
 * only accept or explain, since a correction is a figure of one cell.
 */
async function settleMany(call: Call, io: CliIo, period: string, keys: readonly string[], action: SettleAction, flags: SettleFlags): Promise<void> {
  if (action === 'correct') throw usageError('Sửa số liệu chỉ làm cho từng điểm một (một --key).');
  if (flags.value !== undefined || flags.cell !== undefined) throw usageError('Xử lý nhiều điểm một lần không nhận --value hay --cell.');
  if (new Set(keys).size !== keys.length) throw usageError('Có --key bị lặp lại.');
  const v = await call('reconcile.settleMany', { period, keys: [...keys], action: action as 'accept' | 'explain', note: flags.note ?? null });
  const settled = v.findings.filter((f) => keys.includes(f.key));
  emit(io, { period, findings: settled.map(findingJson) }, () => `Đã xử lý ${settled.length.toLocaleString('vi-VN')} điểm chênh lệch (${FINDING_STATUS_LABELS[settled[0]?.status ?? 'open']}).`);
}

/** `findings reopen`: back to "chưa xử lý", with the reason the audit keeps. */
export async function findingsReopen(call: Call, io: CliIo, flags: { period?: string; key?: string; reason?: string }): Promise<void> {
  const period = requirePeriod(flags.period);
  const key = requireKey(flags.key);
  if (!flags.reason?.trim()) throw usageError('Mở lại điểm chênh lệch cần --reason: lý do.');
  const v = await call('reconcile.run', { period });
  // A locked period is refused by the service itself, with its own sentence.
  if (!v.lock) {
    const f = v.findings.find((x) => x.key === key);
    if (!f) throw notFound(period, key);
    if (f.status === 'open') throw new AppError('conflict', 'Điểm chênh lệch này đang ở trạng thái chưa xử lý; không có gì để mở lại.');
  }
  await call('reconcile.reopen', { period, key, reason: flags.reason });
  emit(io, { period, key, status: 'open' }, () => `Đã mở lại điểm chênh lệch ${key} (${periodName(period)}).`);
}

async function findingOf(call: Call, period: string, key: string): Promise<FindingView> {
  const f = (await call('reconcile.run', { period })).findings.find((x) => x.key === key);
  if (!f) throw notFound(period, key);
  return f;
}

const notFound = (period: string, key: string) => new AppError('not_found', `${periodName(period)} không có điểm chênh lệch "${key}"; xem các mã bằng lệnh "findings list --period ${period}".`);
