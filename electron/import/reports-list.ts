import type { AppContext } from '../context';
import { getDistricts } from '../db/queries/plan';
import { listReports } from '../db/queries/reports';
import type { ReportSummary } from '../../shared/domain/import';
import { unitOfficialName } from '../../shared/domain/units';

/**
 * The stored reports of a plan year (or one period), each named as the plan names its unit.
 * A unit the plan no longer lists keeps its code, so the row is still there to be found.
 */
export async function reportsWithUnitNames(ctx: AppContext, year: number, period?: string): Promise<ReportSummary[]> {
  const [rows, districts] = await Promise.all([listReports(ctx.db, { planYear: year, period }), getDistricts(ctx.db, year)]);
  const byCode = new Map(districts.map((d) => [d.code, d]));
  return rows.map((r) => {
    const d = byCode.get(r.districtCode);
    return { ...r, unitName: d ? unitOfficialName(d, r.unitType) : `${r.districtCode}-${r.unitType}` };
  });
}
