import { performance } from 'node:perf_hooks';
import { computeFigures } from '../../electron/reconcile/figures';
import type { ReconcileInput } from '../../electron/reconcile/input';
import { reconcile } from '../../electron/reconcile/reconcile';
import { cleanDataSet, inputFor, syntheticDistricts, type DataSet } from '../helpers/reconcile-data';

export interface ReconcileBench {
  /** reconcile() of Q4 with 10 years of reports of the 13 districts (~1,040 reports). Target ≤ 100 ms. */
  districtScaleMs: number;
  /** reconcile() of Q4 with 10 years of reports of 170 communes (~13,600 reports). Target ≤ 1 s. */
  communeScaleMs: number;
  /** reconcile() of the year period (R7, sums over quarters) at the same scales. */
  districtScaleYearMs: number;
  communeScaleYearMs: number;
  /** computeFigures() of the year period. */
  districtFiguresMs: number;
  communeFiguresMs: number;
  districtReports: number;
  communeReports: number;
  /** Findings of the Q4 run, to show the planted discrepancies were found (not a clean-path-only timing). */
  districtFindings: number;
  communeFindings: number;
}

const RUNS = 5;
const YEARS_OF_HISTORY = 9;

/**
 * One period reconciled at two scales, each timing the median of a few runs. Every run gets a
 * fresh input object so the per-input indexes are rebuilt, as they are after each import.
 */
export function benchReconcile(): ReconcileBench {
  const district = plant(cleanDataSet({ planYear: 2030, historyYears: YEARS_OF_HISTORY }));
  const commune = plant(cleanDataSet({ planYear: 2030, historyYears: YEARS_OF_HISTORY, districts: syntheticDistricts(170) }));
  const dq4 = inputFor(district, '2030-Q4');
  const cq4 = inputFor(commune, '2030-Q4');
  const dy = inputFor(district, '2030-Y');
  const cy = inputFor(commune, '2030-Y');
  const figures = (i: ReconcileInput) => () => computeFigures({ ...i, crossCheckChoices: {}, openFindings: 0 });
  return {
    districtScaleMs: time(() => reconcile({ ...dq4 })),
    communeScaleMs: time(() => reconcile({ ...cq4 })),
    districtScaleYearMs: time(() => reconcile({ ...dy })),
    communeScaleYearMs: time(() => reconcile({ ...cy })),
    districtFiguresMs: time(figures(dy)),
    communeFiguresMs: time(figures(cy)),
    districtReports: district.reports.length + district.history.length,
    communeReports: commune.reports.length + commune.history.length,
    districtFindings: reconcile({ ...dq4 }).findings.length,
    communeFindings: reconcile({ ...cq4 }).findings.length,
  };
}

function time(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return Math.round((runs[RUNS >> 1] ?? 0) * 10) / 10;
}

/** A realistic share of trouble in Q4: one unit in ten late, one in twenty with a money slip, one district in ten disagreeing. */
function plant(ds: DataSet): DataSet {
  const q4 = ds.reports.filter((r) => r.period.endsWith('-Q4'));
  q4.forEach((r, i) => {
    if (i % 10 === 3) r.receivedDate = '2030-12-31';
    const money = r.values.GN09;
    if (i % 20 === 7 && money?.period) money.period *= 1000;
    const joint = r.values.GN05;
    if (i % 20 === 11 && r.unitType === 'QS' && joint?.period !== null && joint?.period !== undefined) joint.period += 2;
  });
  return ds;
}
