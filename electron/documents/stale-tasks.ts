import { parsePeriodCode } from '../../shared/domain/periods';

/**
 * Tasks for the time after a document's period: a district's "phương hướng" written a quarter
 * earlier may name something already past (an election on 23/5/2021 in a six-month report) or
 * belong to the year the year review closes ("chuẩn bị tổng kết năm 2021").
 */

const QUARTER_END: Record<string, string> = { Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31', H1: '06-30', Y: '12-31' };

/** The last day the period's content covers (not its data window). */
export function periodEnd(code: string): string {
  const p = parsePeriodCode(code);
  if (!p) throw new Error(`Kỳ không hợp lệ: ${code}`);
  return `${p.year}-${QUARTER_END[p.kind]}`;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The dates a line names: "23/5/2021", "27/7" (of the plan year), "tháng 5/2021", "tháng 5 năm 2021". */
export function datesIn(line: string, year: number): string[] {
  const out: string[] = [];
  const seen = line.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (_, d, m, y) => {
    out.push(iso(Number(y), Number(m), Number(d)));
    return ' ';
  });
  const rest = seen.replace(/tháng\s+(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/giu, (_, m, y) => {
    out.push(iso(Number(y), Number(m), 28));
    return ' ';
  });
  for (const m of rest.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) out.push(iso(year, month, day));
  }
  return out;
}

/** Words that tie a task to the part of the year the document closes. */
function closedBy(code: string): RegExp[] {
  const p = parsePeriodCode(code)!;
  if (p.kind === 'Y') return [new RegExp(`năm\\s+${p.year}(?!\\s*-)`, 'iu'), /cuối năm/iu];
  if (p.kind === 'H1') return [/6\s+tháng\s+đầu\s+năm/iu, /sơ\s+kết\s+6\s+tháng/iu];
  return [];
}

/** True when a task line is already past, or belongs to what the document's period closes. */
export function isStaleTask(line: string, periodCode: string): boolean {
  const end = periodEnd(periodCode);
  const year = parsePeriodCode(periodCode)!.year;
  if (datesIn(line, year).some((d) => d <= end)) return true;
  return closedBy(periodCode).some((re) => re.test(line));
}
