import { calendarDate, dateVi } from '../../shared/dates';

/**
 * Which of several reports of one unit and period counts. Never the order files were picked or
 * saved in: the report's own date first (the date inside the workbook, else a date in its file
 * name, as "bản sửa 21-9-2021"), then the date it was received. Two reports that these do not
 * tell apart are asked about, never settled by whichever came last.
 */

export interface VersionCandidate {
  fileName: string;
  reportDate: string | null;
  receivedDate: string;
}

export interface ReportDay {
  date: string;
  source: 'report' | 'filename';
}

/** "BC quy 3 ban sua 21-9-2021.xlsx", "…_21.09.2021", "… 21_9_2021" → 2021-09-21. */
export function fileNameDate(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const m = /(?:^|\D)(\d{1,2})[-._ ](\d{1,2})[-._ ](20\d{2})(?!\d)/.exec(base);
  if (!m) return null;
  return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

export function reportDay(c: VersionCandidate): ReportDay | null {
  if (c.reportDate) return { date: c.reportDate, source: 'report' };
  const named = fileNameDate(c.fileName);
  return named ? { date: named, source: 'filename' } : null;
}

/** > 0 when a is the newer report, < 0 when b is, 0 when nothing tells them apart. */
export function compareVersions(a: VersionCandidate, b: VersionCandidate): number {
  const da = reportDay(a);
  const db = reportDay(b);
  if (da && db && da.date !== db.date) return da.date < db.date ? -1 : 1;
  if (a.receivedDate !== b.receivedDate) return a.receivedDate < b.receivedDate ? -1 : 1;
  return 0;
}

const dayLabel = (d: ReportDay) => `${d.source === 'report' ? 'ngày báo cáo' : 'ngày ghi trong tên tệp'} ${dateVi(d.date)}`;

/** Why `winner` counts rather than `loser`, in the clerk's words. */
export function whyNewer(winner: VersionCandidate, loser: VersionCandidate): string {
  const dw = reportDay(winner);
  const dl = reportDay(loser);
  if (dw && dl && dw.date !== dl.date) return `tệp "${winner.fileName}" có ${dayLabel(dw)}, mới hơn ${dayLabel(dl)} của tệp "${loser.fileName}"`;
  return `tệp "${winner.fileName}" nhận ngày ${dateVi(winner.receivedDate)}, sau ngày ${dateVi(loser.receivedDate)} của tệp "${loser.fileName}"`;
}

export function whyTied(a: VersionCandidate, b: VersionCandidate): string {
  const da = reportDay(a);
  const day = da ? `cùng ${dayLabel(da)}` : 'không ghi ngày báo cáo';
  return `Tệp "${a.fileName}" và tệp "${b.fileName}" cùng đơn vị, cùng kỳ, ${day} và cùng ngày nhận ${dateVi(a.receivedDate)}: không biết bản nào mới hơn`;
}

export type VersionChoice = 'current' | 'history';

export interface SlotCandidate extends VersionCandidate {
  /** The clerk's word on a tie: this file counts, or is kept as history only. */
  choice?: VersionChoice;
}

const choiceRank = (c: SlotCandidate) => (c.choice === 'current' ? 1 : c.choice === 'history' ? -1 : 0);

/** compareVersions, with the clerk's choice breaking what the dates leave tied. */
export const compareWithChoice = (a: SlotCandidate, b: SlotCandidate): number => compareVersions(a, b) || choiceRank(a) - choiceRank(b);

export type SlotDecision<S, P> =
  | { kind: 'first' }
  | { kind: 'newer'; than: S }
  | { kind: 'older'; winner: S | P; stored: boolean }
  | { kind: 'tie'; with: S | P; stored: boolean };

/**
 * Where one file stands among the stored current report and the other files of the batch for the
 * same unit and period. Only the dates and the clerk's choices decide, so every order of picking
 * or saving the same files ends with the same report current.
 */
export function decideSlot<S extends SlotCandidate, P extends SlotCandidate>(self: SlotCandidate, current: S | null, peers: P[]): SlotDecision<S, P> {
  const rivals: { c: S | P; stored: boolean }[] = [...(current ? [{ c: current, stored: true }] : []), ...peers.map((c) => ({ c, stored: false }))];
  let best: { c: S | P; stored: boolean } | null = null;
  for (const r of rivals) if (!best || compareWithChoice(r.c, best.c) > 0 || (compareWithChoice(r.c, best.c) === 0 && r.stored)) best = r;
  if (!best) return { kind: 'first' };
  const c = compareWithChoice(self, best.c);
  if (c === 0) return { kind: 'tie', with: best.c, stored: best.stored };
  if (c < 0) return { kind: 'older', winner: best.c, stored: best.stored };
  return current ? { kind: 'newer', than: current } : { kind: 'first' };
}
