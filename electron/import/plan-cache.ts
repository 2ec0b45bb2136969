import { CompiledQuery, type Kysely } from 'kysely';
import type { Period } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';
import { planAuditCount, planRevision } from '../db/queries/audit';
import { getDistricts, getIndicators, listAllPeriods, listPlans } from '../db/queries/plan';
import type { Database } from '../db/schema';
import type { ParseCatalogue } from './parse/catalogue';

export type StoredPeriod = Period & { year: number };

/** The plan as it stood at one revision: loaded lazily, each part once (concurrent callers share the load). */
interface Snapshot {
  /** The newest plan year and the plan's revision (planRevision) this snapshot is of. */
  key: string;
  newestYear: number | undefined;
  catalogues: Map<number, Promise<ParseCatalogue>>;
  periods: Promise<Map<string, StoredPeriod>> | null;
}

/** Another connection (a second window, the CLI beside the app) committed since the last look: SQLite's own counter. */
const DATA_VERSION: CompiledQuery<{ data_version: number }> = CompiledQuery.raw('PRAGMA data_version');

/**
 * What the importer reads of the plan for every file — the parse catalogue of a plan year and the
 * periods — kept while the plan is unchanged. Every plan edit writes a plan audit row in its
 * transaction, so the plan can only have changed when this process wrote one (planAuditCount) or
 * another connection committed (PRAGMA data_version); only then is the stored revision asked
 * again, and the plan read again only when that revision moved. Until then a file costs one
 * pragma, not the two queries a revision check takes.
 */
export class PlanCache {
  private snapshot: Snapshot | null = null;
  /** The stamp the snapshot was last confirmed at, and the confirmation under way. */
  private confirmedAt: string | null = null;
  private confirming: { stamp: string; done: Promise<Snapshot> } | null = null;
  /** Confirmations started so far: only the newest one may set what the cache holds. */
  private started = 0;

  constructor(private readonly db: Kysely<Database>) {}

  /** The plan's catalogue: the same object for every file while the plan is unchanged (the worker receives it once). */
  async catalogue(year?: number): Promise<ParseCatalogue> {
    const snap = await this.current();
    const planYear = year ?? snap.newestYear;
    if (!planYear) throw new AppError('not_found', 'Chưa có kế hoạch nào trong dữ liệu.');
    let loading = snap.catalogues.get(planYear);
    if (!loading) {
      loading = this.loadCatalogue(planYear);
      snap.catalogues.set(planYear, loading);
      // A year without a plan is asked again next time (it may be added), as before the cache.
      loading.catch(() => snap.catalogues.get(planYear) === loading && snap.catalogues.delete(planYear));
    }
    return loading;
  }

  /** A period of any plan year, by code, or null. */
  async period(code: string): Promise<StoredPeriod | null> {
    return (await this.periods()).get(code) ?? null;
  }

  /** The periods of one plan year. */
  async periodsOf(year: number): Promise<StoredPeriod[]> {
    return [...(await this.periods()).values()].filter((p) => p.year === year);
  }

  private async periods(): Promise<Map<string, StoredPeriod>> {
    const snap = await this.current();
    snap.periods ??= listAllPeriods(this.db).then((all) => new Map(all.map((p) => [p.code, p])));
    return snap.periods;
  }

  private async loadCatalogue(planYear: number): Promise<ParseCatalogue> {
    const [indicators, districts] = await Promise.all([getIndicators(this.db, planYear), getDistricts(this.db, planYear)]);
    if (!districts.length) throw new AppError('not_found', `Chưa có kế hoạch năm ${planYear}.`);
    return { planYear, indicators, districts };
  }

  /** The snapshot, confirmed against the database when the plan may have changed since it was last confirmed. */
  private async current(): Promise<Snapshot> {
    const stamp = await this.stamp();
    if (this.snapshot && this.confirmedAt === stamp) return this.snapshot;
    if (this.confirming?.stamp !== stamp) {
      const done = this.confirm(stamp);
      this.confirming = { stamp, done };
      done.finally(() => this.confirming?.done === done && (this.confirming = null)).catch(() => {});
    }
    return this.confirming.done;
  }

  private async confirm(stamp: string): Promise<Snapshot> {
    const seq = ++this.started;
    // Read after the stamp: an edit landing in between moves the stamp again, so it is never hidden.
    const [plans, revision] = await Promise.all([listPlans(this.db), planRevision(this.db)]);
    const newestYear = plans[0]?.year;
    const key = `${newestYear}|${revision}`;
    const snap = this.snapshot?.key === key ? this.snapshot : { key, newestYear, catalogues: new Map(), periods: null };
    if (seq === this.started) {
      this.snapshot = snap;
      this.confirmedAt = stamp;
    }
    return snap;
  }

  private async stamp(): Promise<string> {
    const { rows } = await this.db.executeQuery(DATA_VERSION);
    return `${planAuditCount()}|${rows[0]?.data_version}`;
  }
}
