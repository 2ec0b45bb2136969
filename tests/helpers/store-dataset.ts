import type { AppContext } from '../../electron/context';
import { insertReport } from '../../electron/db/queries/reports';
import type { StoredReport } from '../../electron/reconcile/input';
import type { NarrativeKey } from '../../shared/domain/form';
import type { DataSet } from './reconcile-data';

export interface StoreOptions {
  /** The report's narrative text; by default one line naming the unit, which names no content area. */
  narrative?: (r: StoredReport) => Partial<Record<NarrativeKey, string>>;
}

/** Writes a generated data set's reports into the database as if they had been imported. */
export async function storeDataSet(ctx: AppContext, ds: DataSet, opts: StoreOptions = {}): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const ordered = [...ds.reports].sort((a, b) => a.version - b.version);
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of ordered) {
      const id = await insertReport(trx, {
        isCurrent: true,
        planYear: ds.planYear,
        period: r.period,
        districtCode: r.districtCode,
        unitType: r.unitType,
        version: r.version,
        fileName: r.fileName,
        sha256: r.sha256,
        bytes: 1000,
        receivedDate: r.receivedDate,
        importedBy: 'kiểm thử',
        formVersion: 1,
        reportDate: r.reportDate,
        preparedBy: null,
        encoding: 'unicode',
        identityJson: '{}',
        findingsJson: '[]',
        values: r.values,
        traces: {},
        narrative: opts.narrative ? opts.narrative(r) : { ket_qua_noi_bat: `Kết quả nổi bật của ${r.districtCode}-${r.unitType}` },
      });
      ids.set(`${r.period}|${r.districtCode}|${r.unitType}|${r.version}`, id);
    }
  });
  return ids;
}
