import type { Finding } from '../../../shared/domain/reconcile';
import type { Indicator } from '../../../shared/domain/plan';
import { amount, FIELD_NAMES, findingKey, indicatorName, periodName, unitName } from '../format';
import type { ReconcileInput } from '../input';
import { differs, lookup, reportsOfPeriod, tolerance } from '../lookup';

type Op = '<=' | '>=' | '<' | '>' | '=';

const OP_TEXT: Record<Op, { sign: string; must: string }> = {
  '<=': { sign: '≤', must: 'không được lớn hơn' },
  '>=': { sign: '≥', must: 'không được nhỏ hơn' },
  '<': { sign: '<', must: 'phải nhỏ hơn' },
  '>': { sign: '>', must: 'phải lớn hơn' },
  '=': { sign: '=', must: 'phải bằng' },
};

export function parseRule(rule: string | null): { op: Op; ref: string } | null {
  const m = rule ? /^(<=|>=|<|>|=)\s*([A-Z]{2}\d{2})$/.exec(rule.trim()) : null;
  return m ? { op: m[1] as Op, ref: m[2] as string } : null;
}

/** Whether `a op b` holds; the tolerance (money rounding) gives the benefit of the doubt. */
function holds(op: Op, a: number, b: number, tol: number): boolean {
  switch (op) {
    case '<=':
      return a <= b || !differs(a, b, tol);
    case '>=':
      return a >= b || !differs(a, b, tol);
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '=':
      return !differs(a, b, tol);
  }
}

/**
 * R4: the catalogue's `rule` column within one report, for both columns. A rule is skipped when
 * either figure is not reported: an empty cell says nothing about the relation.
 */
export function r4WithinReport(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const p = lk.period.code;
  const ruled: { ind: Indicator; ref: Indicator; op: Op }[] = [];
  for (const ind of lk.indicators.values()) {
    const r = parseRule(ind.rule);
    const ref = r ? lk.indicators.get(r.ref) : undefined;
    if (r && ref) ruled.push({ ind, ref, op: r.op });
  }
  const out: Finding[] = [];
  for (const rep of reportsOfPeriod(lk)) {
    const d = lk.districts.get(rep.districtCode);
    if (!d) continue;
    for (const { ind, ref, op } of ruled) {
      for (const field of ['period', 'ytd'] as const) {
        const a = rep.values[ind.code]?.[field];
        const b = rep.values[ref.code]?.[field];
        if (a === null || a === undefined || b === null || b === undefined) continue;
        if (holds(op, a, b, tolerance(lk, ind))) continue;
        out.push({
          key: findingKey('R4', p, rep.districtCode, rep.unitType, ind.code, `${field}${op}${ref.code}`),
          rule: 'R4',
          period: p,
          districtCode: rep.districtCode,
          unitType: rep.unitType,
          indicator: ind.code,
          values: { [ind.code]: a, [ref.code]: b, 'Cột': FIELD_NAMES[field] },
          message:
            `Báo cáo ${periodName(p)} của ${unitName(d, rep.unitType)}, cột ${FIELD_NAMES[field]}: chỉ tiêu ${indicatorName(ind)} là ${amount(a, ind)}, ` +
            `${OP_TEXT[op].must} chỉ tiêu ${indicatorName(ref)} là ${amount(b, ref)} (quy tắc ${ind.code} ${OP_TEXT[op].sign} ${ref.code}).`,
          severity: 'error',
          cells: [
            { reportId: rep.id, indicator: ind.code, field },
            { reportId: rep.id, indicator: ref.code, field },
          ],
        });
      }
    }
  }
  return out;
}
