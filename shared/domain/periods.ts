import type { PeriodKind } from './plan';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export const periodCode = (year: number, kind: PeriodKind): string => `${year}-${kind}`;

export function parsePeriodCode(code: string): { year: number; kind: PeriodKind } | null {
  const m = /^(\d{4})-(Q[1-4]|H1|Y)$/.exec(code);
  return m ? { year: Number(m[1]), kind: m[2] as PeriodKind } : null;
}

/** The name documents use: "Quý II năm 2021", "6 tháng đầu năm 2021", "năm 2021". */
export function periodName(code: string): string {
  const p = parsePeriodCode(code);
  if (!p) return code;
  if (p.kind === 'H1') return `6 tháng đầu năm ${p.year}`;
  if (p.kind === 'Y') return `năm ${p.year}`;
  return `Quý ${ROMAN[Number(p.kind[1]) - 1]} năm ${p.year}`;
}

/**
 * The name on screens, as the plan writes its periods ("Cả năm 2021", "6 tháng đầu năm 2021"): a bare
 * "năm 2021" reads as a heading fragment in a list. Documents keep periodName inside their sentences.
 */
export function periodTitle(code: string): string {
  const p = parsePeriodCode(code);
  return p?.kind === 'Y' ? `Cả năm ${p.year}` : periodName(code);
}

/** The quarters a period is made of (a quarter is made of itself). */
export function quartersOf(kind: PeriodKind): PeriodKind[] {
  if (kind === 'H1') return ['Q1', 'Q2'];
  if (kind === 'Y') return ['Q1', 'Q2', 'Q3', 'Q4'];
  return [kind];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Default windows of the state reporting regime (Nghị định 09/2019/NĐ-CP): a period runs from the
 * 15th of the month before it to the 14th of its last month. The due date defaults to the 20th of
 * the last month, a few days after the window closes; both are editable settings of the plan.
 */
export function defaultPeriods(year: number): { code: string; kind: PeriodKind; windowStart: string; windowEnd: string; dueDate: string }[] {
  const lastMonth: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, Y: 12 };
  const firstMonth: Record<PeriodKind, number> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, Y: 1 };
  return (['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const).map((kind) => {
    const first = firstMonth[kind];
    const start = first === 1 ? iso(year - 1, 12, 15) : iso(year, first - 1, 15);
    return {
      code: periodCode(year, kind),
      kind,
      windowStart: start,
      windowEnd: iso(year, lastMonth[kind], 14),
      dueDate: iso(year, lastMonth[kind], 20),
    };
  });
}
