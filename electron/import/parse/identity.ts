import { FORM_ID, IDENTITY_SHEET } from '../../../shared/domain/form';
import { periodName } from '../../../shared/domain/periods';
import { UNIT_TYPES, type UnitType } from '../../../shared/domain/plan';
import type { IdentityGuess, IdentityPart, IdentitySource, ImportFinding, StatedPart } from '../../../shared/domain/report';
import type { PreparedCatalogue } from './catalogue';
import { ownText, textAt, type SheetGrid } from './grid';
import { emptyIdentity, recognize, splitFileName, type TextIdentity } from './identity-text';
import { dateVi } from '../../../shared/dates';
import { isUnitType, unitTypeLabel } from '../../../shared/domain/units';
import { periodOfWindow, windowFits, type DataWindow } from './window';

/**
 * Who reports and for which period, from every place a workbook can say it, most authoritative
 * first: the hidden identity sheet of our own forms, the identification block, title lines,
 * sheet names, the file name. A part said differently by two places, or two ways by one place,
 * is never settled silently: the guess lists candidates, lowers its confidence and adds a finding.
 */

/** A cell that held identity text; `cell` is null for a sheet's name. */
export interface CellRef {
  sheet: string;
  cell: string | null;
}

export interface IdentityEvidence {
  source: IdentitySource;
  identity: TextIdentity;
  /** How the place is named in a message when no cell applies: 'tên tệp "…"', 'dòng tiêu đề'. */
  where: string;
  /** The cell each part (and the data window) was read from. */
  at: Partial<Record<Part | 'window', CellRef>>;
}

export interface HiddenIdentity {
  formVersion: number | null;
  planYear: number | null;
}

const ORDER: IdentitySource[] = ['hidden_sheet', 'content:identification_block', 'content:title', 'content:sheet_name', 'filename'];

/** The product's own identity sheet: keys in A, values in B. */
export function readHiddenSheet(grids: SheetGrid[], cat: PreparedCatalogue, findings: ImportFinding[]): { evidence: IdentityEvidence; meta: HiddenIdentity } | null {
  const grid = grids.find((g) => g.name.toLowerCase() === IDENTITY_SHEET);
  if (!grid) return null;
  const kv = new Map<string, string>();
  const rowOf = new Map<string, number>();
  for (const r of grid.rows.keys()) {
    const key = ownText(grid, r, 1).trim();
    kv.set(key, textAt(grid, r, 2).trim());
    rowOf.set(key, r);
  }
  const ref = (key: string): CellRef => ({ sheet: grid.name, cell: `B${rowOf.get(key) ?? 1}` });
  if (kv.get('form_id') !== FORM_ID) {
    findings.push({ code: 'hidden_sheet_invalid', severity: 'warning', sheet: grid.name, cell: 'B1', message: `Trang ẩn "${grid.name}" không phải trang định danh của biểu mẫu (mã biểu "${kv.get('form_id') ?? ''}"): bỏ qua, xác định đơn vị theo nội dung.` });
    return null;
  }
  const identity = emptyIdentity();
  const district = kv.get('district_code') ?? '';
  if (cat.districts.some((d) => d.district.code === district)) identity.districts.add(district);
  else findings.push({ code: 'hidden_sheet_invalid', severity: 'warning', sheet: grid.name, cell: ref('district_code').cell, message: `Trang định danh ghi mã đơn vị "${district}" không có trong danh mục: xác định đơn vị theo nội dung.` });
  const unitType = kv.get('unit_type') ?? '';
  if ((UNIT_TYPES as readonly string[]).includes(unitType)) identity.unitTypes.add(unitType as UnitType);
  const period = kv.get('period') ?? '';
  if (/^\d{4}-(Q[1-4]|H1|Y)$/.test(period)) identity.periods.add(period);
  const num = (k: string) => {
    const n = Number(kv.get(k));
    return kv.get(k) && Number.isInteger(n) ? n : null;
  };
  const planYear = num('plan_year');
  if (planYear !== null && planYear !== cat.source.planYear) {
    findings.push({ code: 'plan_year_mismatch', severity: 'warning', sheet: grid.name, cell: ref('plan_year').cell, message: `Biểu mẫu lập theo kế hoạch năm ${planYear}, nhưng đang nhập vào kế hoạch năm ${cat.source.planYear}: hãy kiểm tra đơn vị có dùng nhầm biểu cũ không.` });
  }
  const at = { district: ref('district_code'), unitType: ref('unit_type'), period: ref('period') };
  return { evidence: { source: 'hidden_sheet', identity, where: `trang định danh "${grid.name}"`, at }, meta: { formVersion: num('form_version'), planYear } };
}

export function fromFileName(fileName: string, cat: PreparedCatalogue): IdentityEvidence {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return { source: 'filename', identity: recognize(splitFileName(base), cat, 'filename'), where: `tên tệp "${base}"`, at: {} };
}

export function fromSheetNames(grids: SheetGrid[], cat: PreparedCatalogue): IdentityEvidence {
  const merged = emptyIdentity();
  const at: IdentityEvidence['at'] = {};
  for (const g of grids) {
    if (g.name.toLowerCase() === IDENTITY_SHEET || g.state !== 'visible') continue;
    const found = recognize(g.name, cat, 'content');
    noteCells(at, found, { sheet: g.name, cell: null });
    mergeInto(merged, found);
  }
  return { source: 'content:sheet_name', identity: merged, where: 'tên trang tính', at };
}

export function mergeInto(target: TextIdentity, add: TextIdentity) {
  for (const k of ['districts', 'unitTypes', 'kinds', 'years', 'periods'] as const) {
    for (const v of add[k] as Set<string | number>) (target[k] as Set<string | number>).add(v);
  }
  target.windows.push(...add.windows);
  target.impliedYear ||= add.impliedYear;
}

/** Remembers the first cell that said each part, so that a note names the cell that held it. */
export function noteCells(at: IdentityEvidence['at'], found: TextIdentity, ref: CellRef) {
  if (found.districts.size > 0) at.district ??= ref;
  if (found.unitTypes.size > 0) at.unitType ??= ref;
  if (found.kinds.size + found.periods.size > 0 || found.impliedYear) at.period ??= ref;
  if (found.windows.length > 0) at.window ??= ref;
}

type Part = IdentityPart;

/** Places whose text states the identity; the sheet names and the file name only suggest it. */
const STATING: IdentitySource[] = ['hidden_sheet', 'content:identification_block', 'content:title'];

const refName = (e: IdentityEvidence, ref: CellRef | undefined): string => {
  if (!ref) return e.where;
  if (!ref.cell) return `tên trang tính "${ref.sheet}"`;
  const cell = `ô ${ref.sheet}!${ref.cell}`;
  return e.source === 'content:title' ? `dòng tiêu đề (${cell})` : e.source === 'hidden_sheet' ? `trang định danh (${cell})` : cell;
};
const whereOf = (e: IdentityEvidence, part: Part | 'window') => refName(e, e.at[part] ?? (part === 'window' ? undefined : e.at.window));

const PART_NAMES: Record<Part, string> = { district: 'huyện/thị xã/thành phố', unitType: 'loại đơn vị (Ban Dân vận hay Ban CHQS)', period: 'kỳ báo cáo' };

export function combineIdentity(evidence: IdentityEvidence[], cat: PreparedCatalogue, sheet: string | null, findings: ImportFinding[]): IdentityGuess {
  const ordered = [...evidence].sort((a, b) => ORDER.indexOf(a.source) - ORDER.indexOf(b.source));
  const year = resolveYear(ordered, cat, sheet, findings);
  const periods = new Map(ordered.map((e) => [e, periodValues(e.identity, year, cat)]));
  const valuesOf = (e: IdentityEvidence, part: Part): string[] => {
    if (part === 'district') return [...e.identity.districts];
    if (part === 'unitType') return [...e.identity.unitTypes];
    return periods.get(e)?.values ?? [];
  };
  /** The sheet and cell a finding about this part of this place names. */
  const locate = (e: IdentityEvidence | undefined, part: Part | 'window') => {
    const ref = e && (e.at[part] ?? (part === 'window' ? undefined : e.at.window));
    return { sheet: ref?.sheet ?? sheet, cell: ref?.cell ?? null };
  };

  type Slot = { value: string | null; source: IdentitySource | null; candidates: string[]; troubled: boolean; contested: boolean; stated: StatedPart | null };
  const slot0 = (): Slot => ({ value: null, source: null, candidates: [], troubled: false, contested: false, stated: null });
  const result: Record<Part, Slot> = { district: slot0(), unitType: slot0(), period: slot0() };
  for (const e of ordered) {
    const clash = periods.get(e)?.clash;
    if (!clash) continue;
    result.period.troubled = true;
    result.period.contested = true;
    const fits = periodOfWindow(clash, cat);
    findings.push({
      code: 'identity_conflict',
      severity: 'warning',
      ...locate(e, 'window'),
      message: `${capital(whereOf(e, 'period'))} ghi ${(periods.get(e)?.values ?? []).map((v) => periodName(v)).join(', ')} nhưng kỳ số liệu ở ${whereOf(e, 'window')} là từ ${dateVi(clash.start)} đến ${dateVi(clash.end)}${fits ? ` (của ${periodName(fits)})` : ''}: hãy kiểm tra lại kỳ báo cáo.`,
    });
  }
  for (const part of ['district', 'unitType', 'period'] as const) {
    const withValues = ordered.map((e) => ({ e, values: valuesOf(e, part) })).filter((x) => x.values.length > 0);
    const first = withValues[0];
    const slot = result[part];
    if (!first) {
      slot.troubled = true;
      // Name the title or block that was read and did not say it, when there is one.
      const read = ordered.find((e) => e.source !== 'filename' && Object.keys(e.at).length > 0);
      const ref = read && Object.values(read.at)[0];
      findings.push({ code: 'identity_missing', severity: 'error', sheet: ref?.sheet ?? sheet, cell: ref?.cell ?? null, message: `Không xác định được ${PART_NAMES[part]} của báo cáo (không thấy trong nội dung lẫn tên tệp): hãy chọn khi nhập.` });
      continue;
    }
    slot.source = first.e.source;
    slot.candidates = [...first.values];
    if (first.values.length > 1) {
      slot.troubled = true;
      findings.push({ code: 'identity_ambiguous', severity: 'error', ...locate(first.e, part), message: `${capital(whereOf(first.e, part))} nêu nhiều ${PART_NAMES[part]}: ${first.values.map((v) => describe(part, v, cat)).join(', ')}. Cần chọn đúng khi nhập.` });
    } else {
      slot.value = first.values[0] ?? null;
    }
    for (const other of withValues.slice(1)) {
      if (slot.value !== null && other.values.includes(slot.value)) continue;
      if (slot.value === null && other.values.some((v) => first.values.includes(v))) continue;
      slot.troubled = true;
      // A file name or sheet name only suggests: it does not make what the content states uncertain.
      if (STATING.includes(other.e.source)) slot.contested = true;
      for (const v of other.values) if (!slot.candidates.includes(v)) slot.candidates.push(v);
      const otherAt = locate(other.e, part);
      findings.push({
        code: 'identity_conflict',
        severity: 'warning',
        ...(otherAt.cell ? otherAt : locate(first.e, part)),
        message: `${capital(whereOf(first.e, part))} ghi ${first.values.map((v) => describe(part, v, cat)).join(', ')} nhưng ${whereOf(other.e, part)} ghi ${other.values.map((v) => describe(part, v, cat)).join(', ')}: ${slot.value !== null ? 'tạm lấy theo ' + whereOf(first.e, part) + ', ' : ''}hãy kiểm tra lại ${PART_NAMES[part]}.`,
      });
    }
    const statedYear = part !== 'period' || periods.get(first.e)?.stated === true;
    if (!slot.contested && slot.value !== null && first.values.length === 1 && statedYear && STATING.includes(first.e.source)) {
      slot.stated = { value: slot.value, source: first.e.source, ...locate(first.e, part) };
    }
  }

  const troubled = Object.values(result).some((p) => p.troubled);
  const fromName = Object.values(result).some((p) => p.source === 'filename');
  if (!troubled && fromName) {
    findings.push({ code: 'identity_from_filename', severity: 'info', sheet, cell: null, message: 'Một phần thông tin đơn vị/kỳ báo cáo chỉ có trong tên tệp, không có trong nội dung: hãy kiểm tra lại khi nhập.' });
  }
  return {
    districtCode: result.district.value,
    unitType: result.unitType.value as UnitType | null,
    period: result.period.value,
    sources: { district: result.district.source, unitType: result.unitType.source, period: result.period.source },
    confidence: troubled ? 'low' : fromName ? 'medium' : 'high',
    candidates: troubled ? candidatesOf(result) : [],
    certain: { district: result.district.stated, unitType: result.unitType.stated, period: result.period.stated },
  };
}

function candidatesOf(result: Record<Part, { value: string | null; candidates: string[] }>): IdentityGuess['candidates'] {
  const districts = result.district.candidates.length > 0 ? result.district.candidates : [];
  const types: (UnitType | null)[] = result.unitType.candidates.length > 0 ? (result.unitType.candidates as UnitType[]) : [null];
  const periods: (string | null)[] = result.period.candidates.length > 0 ? result.period.candidates : [null];
  const out: IdentityGuess['candidates'] = [];
  for (const districtCode of districts) for (const unitType of types) for (const period of periods) if (out.length < 24) out.push({ districtCode, unitType, period });
  return out;
}

interface PeriodReading {
  values: string[];
  /** The year is the place's own (said, or given by its data window), not the plan's. */
  stated: boolean;
  /** A data window that cannot be the period named beside it. */
  clash: DataWindow | null;
}

/**
 * The periods one place names. A data window never names a year by itself: it gives the period
 * when nothing else does, the year of a quarter named without one, and otherwise must fit.
 */
function periodValues(id: TextIdentity, year: number, cat: PreparedCatalogue): PeriodReading {
  const out = new Set(id.periods);
  const kinds = id.kinds.size > 0 ? [...id.kinds] : id.impliedYear && id.periods.size === 0 ? ['Y'] : [];
  const ofWindows = id.windows.map((w) => periodOfWindow(w, cat)).filter((p): p is string => p !== null);
  const years = id.years.size > 0 ? [...id.years] : [...new Set(ofWindows.filter((p) => kinds.includes(p.slice(5))).map((p) => Number(p.slice(0, 4))))];
  const stated = years.length > 0 || id.periods.size > 0 || (kinds.length === 0 && ofWindows.length > 0);
  for (const k of kinds) for (const y of years.length > 0 ? years : [year]) out.add(`${y}-${k}`);
  if (out.size === 0) {
    for (const p of ofWindows) out.add(p);
    return { values: [...out], stated, clash: null };
  }
  const clash = id.windows.find((w) => ![...out].some((p) => windowFits(w, p, cat))) ?? null;
  return { values: [...out], stated, clash };
}

/** The year for periods named without one ("Quý IV", "bao cao quy 4"): said elsewhere, or the plan's. */
function resolveYear(ordered: IdentityEvidence[], cat: PreparedCatalogue, sheet: string | null, findings: ImportFinding[]): number {
  for (const e of ordered) {
    // "2020-Q4" on the identity sheet says the year as much as "Quý IV năm 2020" does.
    const years = new Set([...e.identity.years, ...[...e.identity.periods].map((p) => Number(p.slice(0, 4)))]);
    if (years.size === 1) return [...years][0] ?? cat.source.planYear;
  }
  const needs = ordered.find((e) => e.identity.kinds.size > 0 && e.identity.years.size === 0 && !e.identity.windows.some((w) => periodOfWindow(w, cat) !== null));
  if (needs) {
    const ref = needs.at.period;
    findings.push({ code: 'year_assumed', severity: 'info', sheet: ref?.sheet ?? sheet, cell: ref?.cell ?? null, message: `${capital(whereOf(needs, 'period'))} không ghi năm: coi là năm ${cat.source.planYear} của kế hoạch.` });
  }
  return cat.source.planYear;
}

function describe(part: Part, value: string, cat: PreparedCatalogue): string {
  if (part === 'district') return cat.districts.find((d) => d.district.code === value)?.district.name ?? value;
  if (part === 'unitType') return isUnitType(value) ? unitTypeLabel(value) : value;
  return periodName(value);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
