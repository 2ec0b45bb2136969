import { parsePeriodCode, periodName } from '../../shared/domain/periods';
import type { FigurePair, ImportFinding } from '../../shared/domain/report';

/**
 * When neither the headings nor the figures of a workbook settle which column is the period and
 * which the year to date, the unit's previous quarter can: this quarter's year to date is the
 * previous one's plus this quarter's figure. Said in a finding either way; the figures are never
 * moved from the columns the parser read them in.
 */
export const UNSETTLED_COLUMNS = ['columns_from_data', 'columns_uncertain'];

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.5, Math.abs(b) * 0.005);

export function previousQuarter(period: string): string | null {
  const p = parsePeriodCode(period);
  if (!p || !/^Q[234]$/.test(p.kind)) return null;
  return `${p.year}-Q${Number(p.kind.slice(1)) - 1}`;
}

export function checkAgainstPrevious(period: string, values: Record<string, FigurePair>, previous: Record<string, FigurePair>, about: ImportFinding): ImportFinding | null {
  const prev = previousQuarter(period);
  if (!prev) return null;
  let asRead = 0;
  let swapped = 0;
  let compared = 0;
  for (const [code, v] of Object.entries(values)) {
    const before = previous[code]?.ytd;
    if (v.period === null || v.ytd === null || before === null || before === undefined) continue;
    // Rows where the two readings agree (nothing this quarter, or ytd = period) tell nothing apart.
    if (close(v.period, v.ytd)) continue;
    compared++;
    if (close(v.ytd, before + v.period)) asRead++;
    if (close(v.period, before + v.ytd)) swapped++;
  }
  if (compared === 0) return null;
  const where = { sheet: about.sheet, cell: about.cell };
  const intro = `Đối chiếu với báo cáo ${periodName(prev)} đã nhập của đơn vị: `;
  if (asRead > swapped && asRead * 2 >= compared) {
    return { code: 'columns_confirmed_by_previous', severity: 'info', ...where, message: `${intro}lũy kế bằng lũy kế ${periodName(prev)} cộng số trong kỳ ở ${asRead}/${compared} dòng, nên cách hiểu hai cột như trên là đúng.` };
  }
  if (swapped > asRead && swapped * 2 >= compared) {
    return {
      code: 'columns_contradicted_by_previous',
      severity: 'error',
      ...where,
      message: `${intro}ở ${swapped}/${compared} dòng, cột đang coi là "trong kỳ" mới bằng lũy kế ${periodName(prev)} cộng cột kia: có thể hai cột bị đảo. Số liệu vẫn lấy theo cột đã đọc; hãy kiểm tra với đơn vị và sửa ở trang Đối chiếu.`,
    };
  }
  return { code: 'columns_unsettled_by_previous', severity: 'warning', ...where, message: `${intro}số liệu không khớp rõ với cách hiểu nào của hai cột (${asRead} dòng khớp như đã đọc, ${swapped} dòng khớp nếu đảo cột, trên ${compared} dòng so được): hãy kiểm tra lại.` };
}
