import { periodCode } from '../../../shared/domain/periods';
import type { Indicator, UnitType } from '../../../shared/domain/plan';
import type { Finding } from '../../../shared/domain/reconcile';
import { amount, FIELD_NAMES, findingKey, indicatorName, num, periodName, unitName } from '../format';
import type { ReconcileInput, StoredReport } from '../input';
import { lookup, quarterCodes, reports, reportsOfPeriod, type Lookup } from '../lookup';
import { sourceValue, unitSource, type UnitSource } from '../settle';

/** Kinds that count whole things; days (ngày công) may legitimately be halves. */
const WHOLE_KINDS = new Set<Indicator['kind']>(['count', 'people']);
/** A peer median needs a few districts to mean anything. */
const MIN_PEERS = 3;
/** A ratio "about 1000" is within half a decade of it (316–3162): far enough from 1 and from 10⁶ to tell them apart. */
const HALF_DECADE = Math.sqrt(10);
/** A decimal-slip reading (×1000) is plausible when it lands within a decade of the usual figure. */
const DECADE = 10;

const near = (ratio: number, target: number, band: number) => ratio >= target / band && ratio <= target * band;
const isWhole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9;

/**
 * R8: figures that look like a slip rather than a fact.
 *
 * A figure is implausible when it is at least outlierFactor × the median of the unit's own
 * figures (its other quarters this year and earlier years) AND of the other districts' figures
 * (same unit type, same period), and at least outlierFloor. Both references must be exceeded: a
 * big district is big every quarter (its own history clears it), and an indicator that jumps
 * everywhere at once (election propaganda, a typhoon) is cleared by its peers. When only one
 * reference exists, that one decides; with neither, nothing is said.
 *
 * The finding names the likely slip: money about 1000× or 1,000,000× the usual figure was written
 * in nghìn đồng or đồng; a count with decimals that would be usual ×1000 is "1.250" read as 1,25.
 * Any other count with decimals is wrong anyway. Only the thực hiện column is compared with
 * references (lũy kế is tied to it by R5); both columns are checked for whole numbers.
 *
 * For H1/Y only separately filed reports are checked (the quarters are checked in their own
 * periods); their references are the other units' H1/Y figures and the unit's own of earlier years.
 */
export function r8Plausibility(input: ReconcileInput): Finding[] {
  const lk = lookup(input);
  const refs = new References(lk);
  const out: Finding[] = [];
  for (const rep of reportsOfPeriod(lk)) {
    for (const ind of lk.indicators.values()) {
      if (!reports(ind, rep.unitType)) continue;
      const cell = rep.values[ind.code];
      if (!cell) continue;
      const at: Figure = { lk, rep, ind };
      if (cell.period !== null) {
        const f = judgePeriod(at, refs, cell.period);
        if (f) out.push(f);
      }
      if (cell.ytd !== null && WHOLE_KINDS.has(ind.kind) && !isWhole(cell.ytd)) out.push(notWhole(at, cell.ytd, 'ytd'));
    }
  }
  return out;
}

/** Which figure is judged: every finding of this rule is about one indicator of one report. */
interface Figure {
  lk: Lookup;
  rep: StoredReport;
  ind: Indicator;
}

/** The two medians a figure is compared with; either may be missing. */
interface Medians {
  own: number | undefined;
  peer: number | undefined;
}

function judgePeriod(at: Figure, refs: References, v: number): Finding | null {
  const { lk, rep, ind } = at;
  const s = lk.input.settings;
  if (WHOLE_KINDS.has(ind.kind) && !isWhole(v)) {
    const m: Medians = { own: refs.own(rep, ind.code), peer: refs.peer(rep, ind.code) };
    const thousands = v * 1000;
    const readAsThousands = isWhole(thousands) && [m.own, m.peer].some((x) => x !== undefined && x > 0 && near(thousands / x, 1, DECADE));
    return readAsThousands ? decimalSlip(at, v, m) : notWhole(at, v, 'period');
  }
  if (v < s.outlierFloor || v <= 0) return null;
  // Peers first: one sorted array per indicator, cheaper than the unit's history.
  const peer = refs.peer(rep, ind.code);
  if (peer !== undefined && v < s.outlierFactor * peer) return null;
  const own = refs.own(rep, ind.code);
  if (own !== undefined && v < s.outlierFactor * own) return null;
  if (own === undefined && peer === undefined) return null;
  return outlier(at, v, { own, peer });
}

function base({ lk, rep, ind }: Figure, field: 'period' | 'ytd') {
  return {
    key: findingKey('R8', lk.period.code, rep.districtCode, rep.unitType, ind.code, field),
    rule: 'R8' as const,
    period: lk.period.code,
    districtCode: rep.districtCode,
    unitType: rep.unitType,
    indicator: ind.code,
    cells: [{ reportId: rep.id, indicator: ind.code, field }],
  };
}

function where({ lk, rep, ind }: Figure, field: 'period' | 'ytd'): string {
  const d = lk.districts.get(rep.districtCode);
  const who = d ? unitName(d, rep.unitType) : `${rep.districtCode} ${rep.unitType}`;
  return `Báo cáo ${periodName(lk.period.code)} của ${who}, chỉ tiêu ${indicatorName(ind)}, cột ${FIELD_NAMES[field]}`;
}

function referenceValues({ own, peer }: Medians) {
  return { 'Trung vị các kỳ khác của đơn vị': own ?? null, 'Trung vị các đơn vị khác cùng kỳ': peer ?? null };
}

function referenceText(ind: Indicator, { own, peer }: Medians): string {
  const parts: string[] = [];
  if (own !== undefined) parts.push(`các kỳ khác của đơn vị thường ở mức ${amount(own, ind)}`);
  if (peer !== undefined) parts.push(`các đơn vị khác cùng kỳ thường ở mức ${amount(peer, ind)}`);
  return parts.join(', ');
}

function notWhole(at: Figure, v: number, field: 'period' | 'ytd'): Finding {
  const { ind } = at;
  return {
    ...base(at, field),
    values: { 'Số liệu': v },
    message: `${where(at, field)}: ghi ${amount(v, ind)}, nhưng chỉ tiêu này đếm số ${ind.unit} nên phải là số nguyên.`,
    severity: 'error',
  };
}

function decimalSlip(at: Figure, v: number, m: Medians): Finding {
  const { ind } = at;
  return {
    ...base(at, 'period'),
    values: { 'Số liệu': v, 'Có thể là': Math.round(v * 1000), ...referenceValues(m) },
    message:
      `${where(at, 'period')}: ghi ${amount(v, ind)} (số lẻ) trong khi ${referenceText(ind, m)}; ` +
      `có thể dấu chấm phân cách hàng nghìn đã bị đọc thành dấu thập phân (số đúng có thể là ${amount(Math.round(v * 1000), ind)}).`,
    severity: 'error',
  };
}

function outlier(at: Figure, v: number, m: Medians): Finding {
  const { ind } = at;
  const ref = Math.max(m.own ?? 0, m.peer ?? 0);
  const ratio = ref > 0 ? v / ref : Infinity;
  let why = 'đề nghị kiểm tra lại với đơn vị.';
  if (ind.kind === 'money' && near(ratio, 1000, HALF_DECADE)) why = 'có thể đã ghi bằng nghìn đồng thay vì triệu đồng.';
  else if (ind.kind === 'money' && near(ratio, 1_000_000, HALF_DECADE)) why = 'có thể đã ghi bằng đồng thay vì triệu đồng.';
  const times = Number.isFinite(ratio) ? `gấp khoảng ${num(Math.round(ratio))} lần mức thường gặp` : 'cao bất thường';
  return {
    ...base(at, 'period'),
    values: { 'Số liệu': v, ...referenceValues(m) },
    message: `${where(at, 'period')}: ghi ${amount(v, ind)}, ${times} (${referenceText(ind, m)}); ${why}`,
    severity: 'warning',
  };
}

/** Medians of the two references, computed on demand and kept, so a clean period costs one pass. */
class References {
  private peers = new Map<string, { sorted: number[]; byDistrict: Map<string, number> }>();
  private ownQuarters = new Map<string, StoredReport[]>();
  private ownSummaries = new Map<string, UnitSource[]>();

  constructor(private lk: Lookup) {}

  /** The median of the other districts' figures of the same unit type for the period. */
  peer(rep: StoredReport, indicator: string): number | undefined {
    const k = `${rep.unitType}|${indicator}`;
    let set = this.peers.get(k);
    if (!set) {
      set = this.peerSet(rep.unitType, indicator);
      this.peers.set(k, set);
    }
    return medianExcluding(set.sorted, set.byDistrict.get(rep.districtCode), MIN_PEERS);
  }

  private peerSet(unitType: UnitType, indicator: string) {
    const lk = this.lk;
    const byDistrict = new Map<string, number>();
    for (const d of lk.districts.keys()) {
      const v = lk.isSummary
        ? completeValue(unitSource(lk, lk.quarters, lk.period.code, d, unitType), indicator)
        : (lk.current(lk.period.code, d, unitType)?.values[indicator]?.period ?? null);
      if (v !== null) byDistrict.set(d, v);
    }
    return { sorted: [...byDistrict.values()].sort((a, b) => a - b), byDistrict };
  }

  /** The median of the unit's own figures in its other periods of the same kind. */
  own(rep: StoredReport, indicator: string): number | undefined {
    const values: number[] = [];
    const push = (v: number | null | undefined) => {
      if (v !== null && v !== undefined) values.push(v);
    };
    if (this.lk.isSummary) for (const src of this.summaries(rep)) push(completeValue(src, indicator));
    else for (const r of this.quarters(rep)) push(r.values[indicator]?.period);
    return medianExcluding(values.sort((a, b) => a - b), undefined, 1);
  }

  /** The unit's other quarters, this year and earlier years. */
  private quarters(rep: StoredReport): StoredReport[] {
    const lk = this.lk;
    const k = `${rep.districtCode}|${rep.unitType}`;
    let list = this.ownQuarters.get(k);
    if (!list) {
      list = [];
      for (const y of [...lk.historyYears, lk.input.planYear]) {
        for (const c of quarterCodes(y, 'Y')) {
          const r = c === lk.period.code ? undefined : lk.current(c, rep.districtCode, rep.unitType);
          if (r) list.push(r);
        }
      }
      this.ownQuarters.set(k, list);
    }
    return list;
  }

  /** The unit's H1 (or Y) of earlier years. */
  private summaries(rep: StoredReport): UnitSource[] {
    const lk = this.lk;
    const k = `${rep.districtCode}|${rep.unitType}`;
    let list = this.ownSummaries.get(k);
    if (!list) {
      const kind = lk.period.kind;
      list = lk.historyYears.map((y) => unitSource(lk, quarterCodes(y, kind), periodCode(y, kind), rep.districtCode, rep.unitType));
      this.ownSummaries.set(k, list);
    }
    return list;
  }
}

/** The unit's figure for a period when it is complete (filed, or all quarters in); a partial sum would understate the reference. */
function completeValue(src: UnitSource, indicator: string): number | null {
  if (src.kind === 'quarters' && src.missing.length > 0) return null;
  return sourceValue(src, indicator);
}

/** Median of a sorted array without one occurrence of `exclude`; undefined below `min` values. */
export function medianExcluding(sorted: readonly number[], exclude: number | undefined, min: number): number | undefined {
  let skip = -1;
  if (exclude !== undefined) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < exclude) lo = mid + 1;
      else hi = mid;
    }
    if (sorted[lo] === exclude) skip = lo;
  }
  const n = sorted.length - (skip >= 0 ? 1 : 0);
  if (n < min || n === 0) return undefined;
  const at = (k: number) => sorted[skip >= 0 && k >= skip ? k + 1 : k] as number;
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}
