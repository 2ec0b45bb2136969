import { SEED_DIR } from '../../electron/node-paths';
import { readSeed, type PlanSeed } from '../../electron/plan/seed';
import type { DocumentInput, DocumentKind, DocumentProse, ReminderUnit } from '../../shared/domain/documents';
import { periodCode, quartersOf } from '../../shared/domain/periods';
import type { Indicator, PeriodKind, UnitType } from '../../shared/domain/plan';
import type { PeriodFigures, UnitFigures } from '../../shared/domain/reconcile';
import { rng } from './random';

/**
 * A realistic DocumentInput: the 2021 plan as the product seeds it, synthetic but consistent
 * figures (district = BDV + QS, or once per district for joint indicators; province = sum of the
 * districts), prose as a clerk would write it. The figures are made to exercise every branch of
 * the documents: totals above and below 1.000 triệu đồng, indicators at zero, an indicator nobody
 * reported, one disagreement on a joint indicator, units missing one or all quarters.
 */

export interface MissingSpec {
  districtCode: string;
  unitType: UnitType;
  /** Quarter kinds missed; all the period's quarters when omitted. */
  quarters?: PeriodKind[];
}

export interface InputOptions {
  kind?: DocumentKind;
  period?: PeriodKind;
  missing?: MissingSpec[];
  seed?: number;
  /** Figures of the same period one year earlier (default: only for the year report). */
  withPrevious?: boolean;
}

/** Indicators every unit reports as 0 ("chưa có …" in the text). */
export const ZERO_CODES = ['TH04', 'TH08'];
/** An indicator nobody reported: left out of the text, "x" in the annex. */
export const UNREPORTED_CODE = 'LV10';
/** A joint indicator on which the two units of one district disagree (the district counts the larger). */
export const DISAGREEMENT = { districtCode: '524', code: 'LV06', qsLess: 15 } as const;

export const DEFAULT_MISSING: MissingSpec[] = [
  { districtCode: '533', unitType: 'QS', quarters: ['Q2'] },
  { districtCode: '535', unitType: 'BDV' },
];

const DEFAULT_PERIOD: Record<DocumentKind, PeriodKind> = { 'six-month': 'H1', year: 'Y', annex: 'H1', 'annex-xlsx': 'H1', quarter: 'Q2', reminder: 'Q2' };
const ISSUE_DATE: Record<PeriodKind, string> = { Q1: '2021-03-25', Q2: '2021-06-25', Q3: '2021-09-25', Q4: '2021-12-25', H1: '2021-06-15', Y: '2021-12-15' };

/** Per unit and quarter; money small enough on LV07 that its total stays below 1.000 triệu. */
const RANGE: Record<Indicator['kind'], [number, number]> = { people: [300, 2500], money: [20, 250], days: [50, 400], count: [2, 40] };
const RANGE_BY_CODE: Record<string, [number, number]> = { LV07: [3, 20], DK03: [0, 1] };

let cachedSeed: PlanSeed | null = null;
export function seedPlan(): PlanSeed {
  cachedSeed ??= readSeed(SEED_DIR);
  return cachedSeed;
}

const reports = (ind: Indicator, unitType: UnitType) => ind.reportedBy === 'both' || ind.reportedBy === unitType;
const isJoint = (ind: Indicator) => ind.crossCheck && ind.reportedBy === 'both';
const round1 = (v: number) => Math.round(v * 10) / 10;
const sumReported = (values: (number | null | undefined)[]): number | null => {
  const present = values.filter((v): v is number => v !== null && v !== undefined);
  return present.length === 0 ? null : round1(present.reduce((a, b) => a + b, 0));
};

/** The settled figures of `year`-`kind` as the figures service would give them. */
export function syntheticFigures(year: number, kind: PeriodKind, options: { missing?: MissingSpec[]; seed?: number } = {}): PeriodFigures {
  const seed = seedPlan();
  const random = rng(options.seed ?? year * 7 + 1);
  const quarters = quartersOf(kind);
  const missing = options.missing ?? [];
  const missedQuarters = (d: string, u: UnitType) => {
    const spec = missing.find((m) => m.districtCode === d && m.unitType === u);
    return spec ? (spec.quarters ?? quarters).filter((q) => quarters.includes(q)) : [];
  };

  const units: UnitFigures[] = [];
  for (const d of seed.districts) {
    // The joint activity of a district is one figure per quarter, reported identically by both units.
    const joint = new Map<string, number>();
    for (const unitType of ['BDV', 'QS'] as const) {
      const missed = missedQuarters(d.code, unitType);
      const quarterValue = (ind: Indicator, q: PeriodKind, own: Record<string, number | null>): number | null => {
        if (missed.includes(q) || ind.code === UNREPORTED_CODE) return null;
        if (ZERO_CODES.includes(ind.code)) return 0;
        const rule = /^<=\s*([A-Z]{2}\d{2})$/.exec(ind.rule ?? '');
        // A rule "<= TT01" holds within each report, as the reconciliation checks (R4).
        if (rule) return Math.round((own[rule[1] ?? ''] ?? 0) * (0.3 + 0.6 * random()));
        const [lo, hi] = RANGE_BY_CODE[ind.code] ?? RANGE[ind.kind];
        const key = `${q}|${ind.code}`;
        let v = isJoint(ind) ? (joint.get(key) ?? lo + (hi - lo) * random()) : lo + (hi - lo) * random();
        if (isJoint(ind)) joint.set(key, v);
        v = ind.kind === 'money' ? round1(v) : Math.round(v);
        if (unitType === 'QS' && d.code === DISAGREEMENT.districtCode && ind.code === DISAGREEMENT.code) v = Math.max(0, v - DISAGREEMENT.qsLess);
        return v;
      };
      const values: Record<string, number | null> = {};
      const byQuarter = new Map<PeriodKind, Record<string, number | null>>(quarters.map((q) => [q, {}]));
      for (const ind of seed.indicators) {
        if (!reports(ind, unitType)) continue;
        const perQuarter = quarters.map((q) => {
          const own = byQuarter.get(q) ?? {};
          const v = quarterValue(ind, q, own);
          own[ind.code] = v;
          return v;
        });
        values[ind.code] = sumReported(perQuarter);
      }
      units.push({ districtCode: d.code, unitType, reportId: missed.length === quarters.length ? null : units.length + 1, values });
    }
  }

  const districts = seed.districts.map((d) => {
    const bdv = units.find((u) => u.districtCode === d.code && u.unitType === 'BDV')?.values ?? {};
    const qs = units.find((u) => u.districtCode === d.code && u.unitType === 'QS')?.values ?? {};
    const values: Record<string, number | null> = {};
    for (const ind of seed.indicators) {
      const pair = [bdv[ind.code], qs[ind.code]].filter((v): v is number => v !== null && v !== undefined);
      values[ind.code] = isJoint(ind) ? (pair.length === 0 ? null : Math.max(...pair)) : sumReported([bdv[ind.code], qs[ind.code]]);
    }
    return { districtCode: d.code, values };
  });

  const byIndicator: Record<string, number | null> = {};
  const byArea: Record<number, Record<string, number | null>> = {};
  for (const ind of seed.indicators) {
    const total = sumReported(districts.map((d) => d.values[ind.code]));
    byIndicator[ind.code] = total;
    (byArea[ind.area] ??= {})[ind.code] = total;
  }

  return {
    period: periodCode(year, kind),
    quarters: quarters.map((q) => periodCode(year, q)),
    units,
    districts,
    province: { byIndicator, byArea },
    missing: missing
      .map((m) => ({ districtCode: m.districtCode, unitType: m.unitType, periods: missedQuarters(m.districtCode, m.unitType).map((q) => periodCode(year, q)) }))
      .filter((m) => m.periods.length > 0),
    openFindings: 0,
  };
}

export const PROSE: DocumentProse = {
  highlights: {
    1: 'Phối hợp tổ chức tốt các hoạt động tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp.\nNhiều địa phương đưa chủ đề năm vào sinh hoạt chi bộ, khu dân cư.',
    2: 'Hành trình "LLVT tỉnh Quảng Ngãi chung tay vì người nghèo" được triển khai ở các xã khó khăn của huyện Ba Tơ, Sơn Tây.',
    4: 'Lực lượng vũ trang tỉnh tham gia giúp dân khắc phục hậu quả mưa lũ, bảo đảm an toàn cho người và tài sản.',
  },
  assessment: 'Ưu điểm: công tác phối hợp được duy trì thường xuyên, đúng nội dung kế hoạch.\nHạn chế: một số đơn vị gửi báo cáo chậm, số liệu chưa thống nhất giữa hai đơn vị.\nNguyên nhân: một số cán bộ mới, chưa nắm vững biểu mẫu báo cáo.',
  tasks: 'Tiếp tục tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.\nTổ chức tốt các hoạt động kỷ niệm 91 năm Ngày truyền thống công tác dân vận của Đảng.',
  proposals: 'Đề nghị Ban Thường vụ Tỉnh ủy quan tâm bố trí kinh phí cho các hoạt động phối hợp.',
};

/** A DocumentInput for `kind`, from the seed plan and the synthetic figures. */
export function documentInput(options: InputOptions = {}): DocumentInput {
  const seed = seedPlan();
  const kind = options.kind ?? 'six-month';
  const periodKind = options.period ?? DEFAULT_PERIOD[kind];
  const year = seed.plan.year;
  const period = seed.periods.find((p) => p.kind === periodKind);
  if (!period) throw new Error(`no period ${periodKind} in the seed`);
  const missing = options.missing ?? DEFAULT_MISSING;
  const figures = syntheticFigures(year, periodKind, { missing, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const withPrevious = options.withPrevious ?? kind === 'year';
  const reminderUnits: ReminderUnit[] = [
    ...figures.missing.map((m) => {
      const d = seed.districts.find((x) => x.code === m.districtCode);
      return { districtCode: m.districtCode, unitType: m.unitType, unitName: (m.unitType === 'BDV' ? d?.boardUnit : d?.militaryUnit) ?? m.districtCode, status: 'missing' as const, daysLate: null };
    }),
    { districtCode: '529', unitType: 'QS', unitName: 'Ban Chỉ huy Quân sự huyện Sơn Hà', status: 'late', daysLate: 5 },
  ];
  return {
    kind,
    plan: structuredClone(seed.plan),
    areas: structuredClone(seed.areas),
    indicators: structuredClone(seed.indicators),
    districts: structuredClone(seed.districts),
    settings: structuredClone(seed.documentSettings),
    period: structuredClone(period),
    figures,
    previous: withPrevious ? syntheticFigures(year - 1, periodKind, { seed: 99 }) : null,
    prose: structuredClone(PROSE),
    issueDate: ISSUE_DATE[periodKind],
    body: 'BDV',
    reminder: kind === 'reminder' ? { units: reminderUnits, deadline: '2021-06-30' } : null,
  };
}
