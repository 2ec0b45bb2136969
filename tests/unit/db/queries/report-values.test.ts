import { describe, expect, it } from 'vitest';
import { insertReport, reportValues, type NewReport } from '../../../../electron/db/queries/reports';
import type { FigurePair } from '../../../../shared/domain/report';
import { openTestContext } from '../../../helpers/services';

function report(n: number, version: number): NewReport {
  const values: Record<string, FigurePair> = {};
  const traces: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const code = `X${String(i).padStart(3, '0')}`;
    // Nulls, zeros, fractions and a missing trace: each column of each row lands where it belongs.
    values[code] = { period: i % 7 === 0 ? null : i === 1 ? 0 : i + 0.5, ytd: i % 5 === 0 ? null : 10 * i };
    if (i % 3 !== 0) traces[code] = { sheet: 'Sheet1', period: `E${i + 5}` };
  }
  return {
    planYear: 2021, period: '2021-Q2', districtCode: '524', unitType: 'BDV', version, isCurrent: true, fileName: `v${version}.xlsx`, sha256: String(version).padStart(64, '0'),
    bytes: 1, receivedDate: '2021-06-18', importedBy: 'x', formVersion: null, reportDate: null, preparedBy: null, encoding: 'utf8', identityJson: '{}', findingsJson: '[]', values, traces, narrative: {},
  };
}

describe('the figures of a saved report (issue 14: rows inserted without the query builder)', () => {
  it.each([1, 3, 38, 200, 201, 450])('stores %i figure rows as given, chunk by chunk, and reads them back', async (n) => {
    const ctx = await openTestContext();
    try {
      // Two sizes in a row: the SQL kept for one row count is never used for another.
      const small = report(Math.max(1, n - 1), 1);
      const r = report(n, 2);
      const ids = await ctx.db.transaction().execute(async (trx) => [await insertReport(trx, small), await insertReport(trx, r)]);
      expect(await reportValues(ctx.db, ids[0]!)).toEqual(small.values);
      expect(await reportValues(ctx.db, ids[1]!)).toEqual(r.values);
      const traces = await ctx.db.selectFrom('report_values').select(['indicator_code', 'trace_json']).where('report_id', '=', ids[1]!).execute();
      expect(Object.fromEntries(traces.map((t) => [t.indicator_code, t.trace_json === null ? undefined : JSON.parse(t.trace_json)]))).toEqual(
        Object.fromEntries(Object.keys(r.values).map((c) => [c, r.traces[c]])),
      );
    } finally {
      await ctx.close();
    }
  });
});
