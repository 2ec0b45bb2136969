import { createHash } from 'node:crypto';
import { SEED_DIR } from '../../electron/node-paths';
import { readSeed } from '../../electron/plan/seed';
import type { ReconcileInput, StoredReport } from '../../electron/reconcile/input';
import { defaultPeriods, parsePeriodCode, periodCode, quartersOf } from '../../shared/domain/periods';
import type { District, Indicator, PeriodKind, UnitType } from '../../shared/domain/plan';
import { DEFAULT_RECONCILE_SETTINGS } from '../../shared/domain/reconcile';
import { rng } from './random';

/**
 * A clean, consistent set of stored reports to reconcile: every unit reports every quarter on
 * time, lũy kế runs on, the two units of a district agree on joint activities, the catalogue's
 * rules hold, figures vary within a plausible range, and the DK03 target is met. Tests plant one
 * discrepancy at a time and expect exactly the findings it should cause.
 */
export type DataSet = Pick<ReconcileInput, 'planYear' | 'periods' | 'indicators' | 'districts' | 'reports' | 'history' | 'settings'>;

export interface GenerateOptions {
  planYear?: number;
  /** Earlier years of quarterly reports, the units' history for R8. */
  historyYears?: number;
  districts?: District[];
  indicators?: Indicator[];
  seed?: number;
  /** Units ("522-BDV") that also file a separate H1 and Y report agreeing with their quarters. */
  filedSummaries?: string[];
}

let seedCache: { indicators: Indicator[]; districts: District[] } | null = null;

/** The 2021 catalogue and the 13 districts, as the product seeds them. */
export function seedCatalogue(): { indicators: Indicator[]; districts: District[] } {
  if (!seedCache) {
    const s = readSeed(SEED_DIR);
    seedCache = { indicators: s.indicators, districts: s.districts };
  }
  return seedCache;
}

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const BASE_RANGE: Record<Indicator['kind'], [number, number]> = { people: [500, 3000], money: [20, 300], days: [50, 400], count: [2, 40] };

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Districts of a made-up commune-scale province, for the benchmark: communes stand in for districts. */
export function syntheticDistricts(n: number): District[] {
  return Array.from({ length: n }, (_, i) => ({
    code: String(100 + i),
    name: `Số ${i + 1}`,
    type: 'xã',
    partyCommittee: `Đảng ủy xã Số ${i + 1}`,
    boardUnit: `Khối dân vận xã Số ${i + 1}`,
    militaryUnit: `Ban Chỉ huy Quân sự xã Số ${i + 1}`,
    aliases: [],
    sortOrder: (i + 1) * 10,
  }));
}

export function cleanDataSet(opts: GenerateOptions = {}): DataSet {
  const seed = seedCatalogue();
  const planYear = opts.planYear ?? 2021;
  const indicators = opts.indicators ?? seed.indicators;
  const districts = opts.districts ?? seed.districts;
  const random = rng(opts.seed ?? 20210101);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();

  const base = new Map(indicators.map((i) => [i.code, between(...BASE_RANGE[i.kind])]));
  const districtSize = new Map(districts.map((d) => [d.code, between(0.5, 1.8)]));
  const unitBias = new Map<string, number>();
  for (const d of districts) for (const i of indicators) for (const u of ['BDV', 'QS']) unitBias.set(`${d.code}|${u}|${i.code}`, between(0.8, 1.25));
  // Rule indicators are generated after the ones they refer to; a rule on a rule is not in the catalogue.
  const ordered = [...indicators.filter((i) => !i.rule), ...indicators.filter((i) => i.rule)];
  const dk03Contributions = new Map<string, number>(
    [
      [0, 'Q1'],
      [1, 'Q1'],
      [2, 'Q3'],
    ]
      .filter(([i]) => (i as number) < districts.length)
      .map(([i, q]) => [`${districts[i as number]?.code}|${q}`, 1]),
  );

  let nextId = 1;
  const reports: StoredReport[] = [];
  const history: StoredReport[] = [];
  const years = Array.from({ length: (opts.historyYears ?? 2) + 1 }, (_, k) => planYear - (opts.historyYears ?? 2) + k);

  for (const year of years) {
    const periods = defaultPeriods(year);
    const due = (kind: PeriodKind) => periods.find((p) => p.kind === kind)?.dueDate ?? `${year}-12-20`;
    for (const d of districts) {
      const joint = new Map<string, number>();
      const ytd = new Map<string, number>();
      const quarterly = new Map<string, StoredReport[]>();
      for (const q of QUARTERS) {
        for (const unitType of ['BDV', 'QS'] as const) {
          const values: StoredReport['values'] = {};
          for (const ind of ordered) {
            if (ind.reportedBy !== 'both' && ind.reportedBy !== unitType) continue;
            let v: number;
            if (ind.code === 'DK03') v = dk03Contributions.get(`${d.code}|${q}`) ?? 0;
            else if (ind.rule) v = ruled(ind, values, random);
            else if (ind.crossCheck && ind.reportedBy === 'both') {
              const k = `${q}|${ind.code}`;
              v = joint.get(k) ?? figure(ind, (base.get(ind.code) ?? 1) * (districtSize.get(d.code) ?? 1) * between(0.7, 1.3));
              joint.set(k, v);
            } else v = figure(ind, (base.get(ind.code) ?? 1) * (districtSize.get(d.code) ?? 1) * (unitBias.get(`${d.code}|${unitType}|${ind.code}`) ?? 1) * between(0.7, 1.3));
            const yk = `${unitType}|${ind.code}`;
            const running = (ytd.get(yk) ?? 0) + v;
            ytd.set(yk, ind.kind === 'money' ? Math.round(running * 10) / 10 : running);
            values[ind.code] = { period: v, ytd: ytd.get(yk) ?? running };
          }
          const id = nextId++;
          const code = periodCode(year, q);
          const r: StoredReport = {
            id,
            period: code,
            districtCode: d.code,
            unitType,
            version: 1,
            isCurrent: true,
            receivedDate: addDays(due(q), -1 - Math.floor(random() * 7)),
            sha256: sha(`report ${id}`),
            fileName: `BC ${q} ${year} - ${unitType} ${d.name}.xlsx`,
            reportDate: null,
            values,
          };
          (year === planYear ? reports : history).push(r);
          const list = quarterly.get(unitType) ?? [];
          list.push(r);
          quarterly.set(unitType, list);
        }
      }
      if (year !== planYear) continue;
      for (const unitType of ['BDV', 'QS'] as const) {
        if (!opts.filedSummaries?.includes(`${d.code}-${unitType}`)) continue;
        for (const kind of ['H1', 'Y'] as const) {
          const qs = (quarterly.get(unitType) ?? []).filter((r) => quartersOf(kind).includes(parsePeriodCode(r.period)?.kind ?? 'Y'));
          const values: StoredReport['values'] = {};
          for (const code of Object.keys(qs[0]?.values ?? {})) {
            const sum = qs.reduce((s, r) => s + (r.values[code]?.period ?? 0), 0);
            const v = Math.round(sum * 10) / 10;
            values[code] = { period: v, ytd: v };
          }
          const id = nextId++;
          reports.push({
            id,
            period: periodCode(year, kind),
            districtCode: d.code,
            unitType,
            version: 1,
            isCurrent: true,
            receivedDate: addDays(due(kind), -1),
            sha256: sha(`report ${id}`),
            fileName: `BC ${kind} ${year} - ${unitType} ${d.name}.xlsx`,
            reportDate: null,
            values,
          });
        }
      }
    }
  }
  return { planYear, periods: defaultPeriods(planYear), indicators, districts, reports, history, settings: structuredClone(DEFAULT_RECONCILE_SETTINGS) };
}

function figure(ind: Indicator, x: number): number {
  return ind.kind === 'money' ? Math.round(x * 10) / 10 : Math.round(x);
}

/** A value that keeps the indicator's rule: "<= TT01" gives a share of TT01. */
function ruled(ind: Indicator, values: StoredReport['values'], random: () => number): number {
  const m = /^(<=|>=|<|>|=)\s*([A-Z]{2}\d{2})$/.exec(ind.rule ?? '');
  const ref = values[m?.[2] ?? '']?.period ?? 0;
  const share = 0.2 + 0.7 * random();
  switch (m?.[1]) {
    case '=':
      return ref;
    case '>=':
    case '>':
      return figure(ind, ref * (1 + share)) + 1;
    case '<':
      return Math.max(0, Math.ceil(ref * share) - 1);
    default:
      return figure(ind, Math.floor(ref * share));
  }
}

/** The day the rules run on unless a test says otherwise: every due date of the plan year is behind it. */
export const afterPlanYear = (ds: DataSet): string => `${ds.planYear + 1}-03-01`;

export function inputFor(ds: DataSet, period: string, today: string = afterPlanYear(ds)): ReconcileInput {
  const p = ds.periods.find((x) => x.code === period);
  if (!p) throw new Error(`no period ${period}`);
  return { planYear: ds.planYear, period: p, periods: ds.periods, indicators: ds.indicators, districts: ds.districts, reports: ds.reports, history: ds.history, settings: ds.settings, today, duplicates: [] };
}

export const cloneDataSet = (ds: DataSet): DataSet => structuredClone(ds);

/** The current report of a unit; throws when absent so a mistyped test fails loudly. */
export function reportOf(ds: DataSet, period: string, districtCode: string, unitType: UnitType): StoredReport {
  const r = ds.reports.find((x) => x.isCurrent && x.period === period && x.districtCode === districtCode && x.unitType === unitType);
  if (!r) throw new Error(`no report ${period} ${districtCode} ${unitType}`);
  return r;
}

/**
 * Clean 2021 data with one R6 mismatch at 532 GN05 in Quý II: Ban CHQS reported 7 more than Ban Dân
 * vận, its later lũy kế raised to match, so that only R6 fires. Returns the Ban Dân vận figure.
 */
export function plantedR6Gn05(): { ds: DataSet; bdvValue: number } {
  const ds = cleanDataSet({ historyYears: 0 });
  const qs = reportOf(ds, '2021-Q2', '532', 'QS');
  const bdvValue = reportOf(ds, '2021-Q2', '532', 'BDV').values.GN05!.period!;
  qs.values.GN05 = { period: bdvValue + 7, ytd: qs.values.GN05!.ytd! + 7 };
  for (const q of ['2021-Q3', '2021-Q4']) reportOf(ds, q, '532', 'QS').values.GN05!.ytd! += 7;
  return { ds, bdvValue };
}

export function removeReport(ds: DataSet, period: string, districtCode: string, unitType: UnitType): void {
  const r = reportOf(ds, period, districtCode, unitType);
  ds.reports = ds.reports.filter((x) => x !== r);
}

/**
 * Changes a quarter's thực hiện by delta and carries it through lũy kế of that quarter and the
 * following ones, and through separately filed H1/Y reports covering it: the unit's own figures
 * stay consistent, so only the rule under test can fire.
 */
export function shift(ds: DataSet, districtCode: string, unitType: UnitType, quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4', indicator: string, delta: number): void {
  const n = Number(quarter.slice(1));
  for (const r of ds.reports) {
    if (!r.isCurrent || r.districtCode !== districtCode || r.unitType !== unitType) continue;
    const kind = parsePeriodCode(r.period)?.kind;
    const cell = r.values[indicator];
    if (!kind || !cell || cell.period === null || cell.ytd === null) continue;
    if (kind === quarter) cell.period += delta;
    if (kind.startsWith('Q') && Number(kind.slice(1)) >= n) cell.ytd += delta;
    if ((kind === 'H1' && n <= 2) || kind === 'Y') {
      cell.period += delta;
      cell.ytd += delta;
    }
  }
}
