import type { FindingCell, FindingView } from '../../shared/domain/reconcile';

/** How `--cell` names one stored figure: the same "report/indicator/field" key the audit row of a correction has. */
export const cellRef = (c: FindingCell): string => `${c.reportId}/${c.indicator}/${c.field}`;

/** A finding as the CLI prints it: one shape for `reconcile --json` and `findings list|settle --json`. */
export function findingJson(f: FindingView) {
  return {
    rule: f.rule,
    key: f.key,
    district_code: f.districtCode,
    unit_type: f.unitType,
    period: f.period,
    indicator: f.indicator,
    values: f.values,
    message: f.message,
    severity: f.severity,
    status: f.status,
    note: f.note,
    settled_by: f.settledBy,
    settled_at: f.settledAt,
    // Settled, and no longer raised by the rules (a correction made the figures agree).
    gone: f.gone,
    cells: (f.cells ?? []).map((c) => ({ cell: cellRef(c), report_id: c.reportId, indicator: c.indicator, field: c.field })),
  };
}
