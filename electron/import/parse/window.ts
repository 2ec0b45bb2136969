import { calendarDate } from '../../../shared/dates';
import { TextMemo } from '../../../shared/text/text-memo';
import { defaultPeriods } from '../../../shared/domain/periods';
import type { PreparedCatalogue } from './catalogue';

/**
 * A data window written in a title line or the identification block: "(Số liệu tính từ ngày
 * 15/12/2020 đến ngày 14/3/2021)", "Kỳ báo cáo: từ 15.12.2020 – 14.3.2021". It says when the
 * figures were counted, not which period is reported: a Quý I window starts in the previous year,
 * so its dates must never add years to the identity. It only supports, or contradicts, a period.
 */

export interface DataWindow {
  start: string;
  end: string;
}

const DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;

/** Text with its digit dates taken out, so that "15/12/2020" is not read as the year 2020. */
export function withoutDates(text: string): string {
  return text.replace(DATE, ' ').replace(/ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/giu, ' ');
}

/** Two dates in one line, the first before the second: a window. */
export function readWindow(text: string): DataWindow | null {
  const dates = [...text.matchAll(DATE)].map((m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  if (dates.length !== 2 || !dates[0] || !dates[1] || dates[0] >= dates[1]) return null;
  return { start: dates[0], end: dates[1] };
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Share of the two spans that they have in common (intersection over union), 0–1. */
function overlap(a: DataWindow, b: DataWindow): number {
  const inter = Math.min(days(a.end), days(b.end)) - Math.max(days(a.start), days(b.start)) + 1;
  if (inter <= 0) return 0;
  const union = Math.max(days(a.end), days(b.end)) - Math.min(days(a.start), days(b.start)) + 1;
  return inter / union;
}

type Around = readonly Readonly<{ code: string; window: Readonly<DataWindow> }>[];
const aroundCache = new WeakMap<PreparedCatalogue, TextMemo<Around>>();

/** The plan's periods, and for other years the regime's default windows (a last-year window is not this plan's). */
function periodsAround(w: DataWindow, cat: PreparedCatalogue): Around {
  const years = new Set([Number(w.end.slice(0, 4)), Number(w.start.slice(0, 4)) + 1]);
  // Every title's window asks for the same few years' periods: built once per catalogue, never changed.
  let built = aroundCache.get(cat);
  // A hostile file may name any year: a few dozen entries are all a real batch needs.
  if (!built) aroundCache.set(cat, (built = new TextMemo(64)));
  return built.get([...years].join(','), () => buildAround(years, cat));
}

function buildAround(years: Set<number>, cat: PreparedCatalogue): Around {
  const out = cat.periods.map((p) => ({ code: p.code, window: { start: p.windowStart, end: p.windowEnd } }));
  for (const y of years) {
    if (y === cat.source.planYear) continue;
    for (const p of defaultPeriods(y)) out.push({ code: p.code, window: { start: p.windowStart, end: p.windowEnd } });
  }
  return Object.freeze(out.map((p) => Object.freeze({ code: p.code, window: Object.freeze(p.window) })));
}

/** Below this a window and a period are different spans ("Quý I" with a window of June–September). */
const SAME_SPAN = 0.5;

/** The one period the window is (exactly, or mostly: "01/01/2021 – 31/3/2021" is Quý I), or null. */
export function periodOfWindow(w: DataWindow, cat: PreparedCatalogue): string | null {
  const all = periodsAround(w, cat);
  const exact = all.find((p) => p.window.start === w.start && p.window.end === w.end);
  if (exact) return exact.code;
  const scored = all.map((p) => ({ code: p.code, score: overlap(w, p.window) })).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < SAME_SPAN || (next && next.score === best.score)) return null;
  return best.code;
}

/** Whether the window can be the data window of that period. */
export function windowFits(w: DataWindow, period: string, cat: PreparedCatalogue): boolean {
  const p = periodsAround(w, cat).find((x) => x.code === period);
  if (!p) {
    const year = Number(period.slice(0, 4));
    const d = defaultPeriods(year).find((x) => x.code === period);
    return !!d && overlap(w, { start: d.windowStart, end: d.windowEnd }) >= SAME_SPAN;
  }
  return overlap(w, p.window) >= SAME_SPAN;
}

export function isoDate(y: number, m: number, d: number): string | null {
  // A year far from ours in a workbook is a typo or not a date at all.
  return y >= 1990 && y <= 2100 ? calendarDate(y, m, d) : null;
}
