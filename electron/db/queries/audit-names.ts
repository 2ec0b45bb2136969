import type { Kysely } from 'kysely';
import type { AuditNames } from '../../../shared/domain/audit-sentence';
import type { Database } from '../schema';

/**
 * Names for audit sentences, from every plan year: a row says "Ban CHQS huyện Sơn Tây", not "534-QS".
 * A year the row does not name falls back to the newest plan that knows the code.
 */
export async function loadAuditNames(db: Kysely<Database>): Promise<AuditNames> {
  const [districts, indicators, reports] = await Promise.all([
    db.selectFrom('districts').select(['plan_year', 'code', 'name', 'type']).orderBy('plan_year', 'desc').execute(),
    db.selectFrom('indicators').select(['plan_year', 'code', 'label']).orderBy('plan_year', 'desc').execute(),
    db.selectFrom('reports').select(['id', 'period_code', 'district_code', 'unit_type', 'version']).execute(),
  ]);
  const pick = <T extends { plan_year: number; code: string }>(rows: T[], year: number | null, code: string) => rows.find((r) => r.code === code && (year === null || r.plan_year === year)) ?? rows.find((r) => r.code === code) ?? null;
  const byId = new Map(reports.map((r) => [r.id, { period: r.period_code, districtCode: r.district_code, unitType: r.unit_type, version: r.version }]));
  return {
    district: (year, code) => {
      const d = pick(districts, year, code);
      return d ? `${d.type} ${d.name}` : null;
    },
    indicator: (year, code) => pick(indicators, year, code)?.label ?? null,
    report: (id) => byId.get(id) ?? null,
  };
}
