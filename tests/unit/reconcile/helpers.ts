import { reconcile } from '../../../electron/reconcile/reconcile';
import type { Finding } from '../../../shared/domain/reconcile';
import { cleanDataSet, cloneDataSet, inputFor, type DataSet } from '../../helpers/reconcile-data';

/** Built once: 13 districts × 2 units × Q1–Q4 of 2021 plus 2019–2020 as history; 522-BDV also files H1 and Y. */
let clean: DataSet | null = null;

export function fresh(): DataSet {
  clean ??= cleanDataSet({ filedSummaries: ['522-BDV'] });
  return cloneDataSet(clean);
}

export const run = (ds: DataSet, period: string) => reconcile(inputFor(ds, period));

/** "R6 532 * GN05": what a finding is about, without the wording. */
export const about = (f: Finding): string => `${f.rule} ${f.districtCode ?? '*'} ${f.unitType ?? '*'} ${f.indicator ?? '*'}`;

export const found = (ds: DataSet, period: string): string[] => run(ds, period).findings.map(about).sort();

export const keys = (ds: DataSet, period: string): string[] => run(ds, period).findings.map((f) => f.key).sort();

export const PERIODS = ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2021-H1', '2021-Y'] as const;

/** Findings of every period, as "period: about", for asserting that a plant shows up exactly where it should. */
export const foundEverywhere = (ds: DataSet): string[] => PERIODS.flatMap((p) => found(ds, p).map((a) => `${p}: ${a}`));
