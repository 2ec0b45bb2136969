import type { Indicator, UnitType } from '../../shared/domain/plan';
import type { PeriodFigures, UnitFigures } from '../../shared/domain/reconcile';
import type { ReconcileInput } from './input';
import { lookup, reports, type Lookup } from './lookup';
import { sourceValue, sumReported, unitSource, type UnitSource } from './settle';

export interface FiguresInput extends ReconcileInput {
  /**
   * Figures chosen when settling an R6 finding of this period, by `${districtCode}|${indicator}`.
   * For H1/Y they replace the district's figure for the whole period.
   */
  crossCheckChoices: Record<string, number>;
  /** For H1/Y: the choices made on the quarters' R6 findings, by quarter code, keyed as above. */
  crossCheckChoicesByPeriod?: Record<string, Record<string, number>>;
  openFindings: number;
}

/**
 * The settled figures of a period, as the documents print them.
 *
 * Unit: a quarter's figure is its current report's thực hiện. An H1/Y figure is the sum of the
 * quarters' thực hiện (null only when nothing was reported); a separately filed H1/Y report is
 * used instead only when quarters are missing (see settle.ts).
 *
 * District: an indicator without cross_check is each unit's own activity, so BDV + QS. A
 * cross_check indicator is one joint activity reported twice, so the district counts it once:
 * the figure chosen when the R6 finding was settled; else, both figures being present, the larger
 * one (which is the agreed figure when they agree: an unsettled disagreement errs towards the
 * activity that at least one unit recorded, rather than dropping it); else the one reported. For
 * H1/Y built from quarters this is done quarter by quarter and summed, because each quarter's
 * disagreement is settled on its own.
 *
 * Province: the sum over districts, by indicator and by content area; the units missing a report
 * are listed rather than hidden.
 */
export function computeFigures(input: FiguresInput): PeriodFigures {
  const lk = lookup(input);
  const indicators = [...lk.indicators.values()];
  const sources = new Map<string, UnitSource>();
  const units: UnitFigures[] = [];
  const missing: PeriodFigures['missing'] = [];

  for (const u of lk.units) {
    const src = unitSource(lk, lk.quarters, lk.isSummary ? lk.period.code : null, u.districtCode, u.unitType);
    sources.set(`${u.districtCode}|${u.unitType}`, src);
    const values: Record<string, number | null> = {};
    for (const ind of indicators) if (reports(ind, u.unitType)) values[ind.code] = sourceValue(src, ind.code);
    units.push({ districtCode: u.districtCode, unitType: u.unitType, reportId: src.kind === 'filed' ? src.report.id : lk.isSummary ? null : (src.reports[0]?.id ?? null), values });
    if (src.kind === 'quarters' && src.missing.length > 0) missing.push({ districtCode: u.districtCode, unitType: u.unitType, periods: src.missing });
  }

  const districts: PeriodFigures['districts'] = [];
  for (const d of lk.districts.values()) {
    const bdv = sources.get(`${d.code}|BDV`);
    const qs = sources.get(`${d.code}|QS`);
    const values: Record<string, number | null> = {};
    for (const ind of indicators) {
      const b = bdv && reports(ind, 'BDV') ? sourceValue(bdv, ind.code) : null;
      const q = qs && reports(ind, 'QS') ? sourceValue(qs, ind.code) : null;
      values[ind.code] = isJoint(ind) ? jointFigure(lk, input, d.code, ind, b, q, bdv, qs) : sumReported([b, q]);
    }
    districts.push({ districtCode: d.code, values });
  }

  const byIndicator: Record<string, number | null> = {};
  const byArea: Record<number, Record<string, number | null>> = {};
  for (const ind of indicators) {
    const total = sumReported(districts.map((d) => d.values[ind.code]));
    byIndicator[ind.code] = total;
    (byArea[ind.area] ??= {})[ind.code] = total;
  }

  return { period: lk.period.code, quarters: lk.quarters, units, districts, province: { byIndicator, byArea }, missing, openFindings: input.openFindings };
}

/** Joint only when both unit types report it; a cross_check row filled by one type is that type's own figure. */
const isJoint = (ind: Indicator) => ind.crossCheck && ind.reportedBy === 'both';

/** The chosen figure, else the larger of the two (= the agreed one when they agree), else the one reported. */
export function pickJoint(bdv: number | null, qs: number | null, chosen: number | undefined): number | null {
  if (chosen !== undefined) return chosen;
  if (bdv === null) return qs;
  if (qs === null) return bdv;
  return Math.max(bdv, qs);
}

function jointFigure(lk: Lookup, input: FiguresInput, districtCode: string, ind: Indicator, b: number | null, q: number | null, bdv?: UnitSource, qs?: UnitSource): number | null {
  const key = `${districtCode}|${ind.code}`;
  const chosen = input.crossCheckChoices[key];
  if (chosen !== undefined || !lk.isSummary || bdv?.kind !== 'quarters' || qs?.kind !== 'quarters') return pickJoint(b, q, chosen);
  return sumReported(
    lk.quarters.map((code) =>
      pickJoint(quarterValue(lk, code, districtCode, 'BDV', ind.code), quarterValue(lk, code, districtCode, 'QS', ind.code), input.crossCheckChoicesByPeriod?.[code]?.[key]),
    ),
  );
}

const quarterValue = (lk: Lookup, code: string, districtCode: string, unitType: UnitType, indicator: string): number | null =>
  lk.current(code, districtCode, unitType)?.values[indicator]?.period ?? null;
