import type { AuditEntryView } from '../../shared/domain/app';
import { describeAudit, type AuditKind } from '../../shared/domain/audit-sentence';
import { fold } from '../../shared/text/fold';
import { listAudit } from '../db/queries/audit';
import { loadAuditNames } from '../db/queries/audit-names';
import type { AppContext } from '../context';

export interface AuditFilter {
  entity?: string;
  kind?: AuditKind;
  period?: string;
  unit?: string;
  person?: string;
  search?: string;
  limit: number;
  offset: number;
}

/** "534" selects both units of a district; "534-QS" also keeps district-wide rows of 534 (an R6 finding). */
const sameUnit = (filter: string, unit: string | null) => !!unit && (unit === filter || unit.startsWith(`${filter}-`) || filter.startsWith(`${unit}-`));

/**
 * The audit log as sentences, filtered on what the sentences say: the filters and the search see
 * the whole log, not just the page shown. The search ignores case and diacritics (shared/text/fold).
 */
export async function auditView(ctx: Pick<AppContext, 'db'>, f: AuditFilter): Promise<AuditEntryView[]> {
  const [rows, names] = await Promise.all([listAudit(ctx.db, { entity: f.entity, limit: -1, offset: 0 }), loadAuditNames(ctx.db)]);
  const needle = f.search ? fold(f.search) : '';
  const out: AuditEntryView[] = [];
  for (const r of rows) {
    const d = { ...r, ...describeAudit(r, names) };
    if (f.kind && d.kind !== f.kind) continue;
    if (f.period && d.period !== f.period) continue;
    if (f.unit && !sameUnit(f.unit, d.unit)) continue;
    if (f.person && d.displayName !== f.person) continue;
    if (needle && !fold(`${d.sentence} ${d.displayName} ${d.details.map((x) => x.value).join(' ')}`).includes(needle)) continue;
    out.push(d);
  }
  return out.slice(f.offset, f.offset + f.limit);
}
