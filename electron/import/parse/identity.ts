import { FORM_ID, IDENTITY_SHEET } from '../../../shared/domain/form';
import { periodName } from '../../../shared/domain/periods';
import { UNIT_TYPES, type UnitType } from '../../../shared/domain/plan';
import type { IdentityGuess, IdentitySource, ImportFinding } from '../../../shared/domain/report';
import type { PreparedCatalogue } from './catalogue';
import { ownText, textAt, type SheetGrid } from './grid';
import { emptyIdentity, recognize, splitFileName, type TextIdentity } from './identity-text';

/**
 * Who reports and for which period, from every place a workbook can say it, most authoritative
 * first: the hidden identity sheet of our own forms, the identification block, title lines,
 * sheet names, the file name. A part said differently by two places, or two ways by one place,
 * is never settled silently: the guess lists candidates, lowers its confidence and adds a finding.
 */

export interface IdentityEvidence {
  source: IdentitySource;
  identity: TextIdentity;
  /** Where it was read: "Báo cáo!C3", or the file name. */
  where: string;
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
  for (const r of grid.rows.keys()) kv.set(ownText(grid, r, 1).trim(), textAt(grid, r, 2).trim());
  if (kv.get('form_id') !== FORM_ID) {
    findings.push({ code: 'hidden_sheet_invalid', severity: 'warning', sheet: grid.name, cell: 'B1', message: `Trang ẩn "${grid.name}" không phải trang định danh của biểu mẫu (mã biểu "${kv.get('form_id') ?? ''}"): bỏ qua, xác định đơn vị theo nội dung.` });
    return null;
  }
  const identity = emptyIdentity();
  const district = kv.get('district_code') ?? '';
  if (cat.districts.some((d) => d.district.code === district)) identity.districts.add(district);
  else findings.push({ code: 'hidden_sheet_invalid', severity: 'warning', sheet: grid.name, cell: 'B4', message: `Trang định danh ghi mã đơn vị "${district}" không có trong danh mục: xác định đơn vị theo nội dung.` });
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
    findings.push({ code: 'plan_year_mismatch', severity: 'warning', sheet: grid.name, cell: 'B3', message: `Biểu mẫu lập theo kế hoạch năm ${planYear}, nhưng đang nhập vào kế hoạch năm ${cat.source.planYear}: hãy kiểm tra đơn vị có dùng nhầm biểu cũ không.` });
  }
  return { evidence: { source: 'hidden_sheet', identity, where: `${grid.name}!B1:B6` }, meta: { formVersion: num('form_version'), planYear } };
}

export function fromFileName(fileName: string, cat: PreparedCatalogue): IdentityEvidence {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return { source: 'filename', identity: recognize(splitFileName(base), cat, 'filename'), where: `tên tệp "${base}"` };
}

export function fromSheetNames(grids: SheetGrid[], cat: PreparedCatalogue): IdentityEvidence {
  const merged = emptyIdentity();
  for (const g of grids) {
    if (g.name.toLowerCase() === IDENTITY_SHEET || g.state !== 'visible') continue;
    mergeInto(merged, recognize(g.name, cat, 'content'));
  }
  return { source: 'content:sheet_name', identity: merged, where: 'tên trang tính' };
}

export function mergeInto(target: TextIdentity, add: TextIdentity) {
  for (const k of ['districts', 'unitTypes', 'kinds', 'years', 'periods'] as const) {
    for (const v of add[k] as Set<string | number>) (target[k] as Set<string | number>).add(v);
  }
  target.impliedYear ||= add.impliedYear;
}

type Part = 'district' | 'unitType' | 'period';

const PART_NAMES: Record<Part, string> = { district: 'huyện/thị xã/thành phố', unitType: 'loại đơn vị (Ban Dân vận hay Ban CHQS)', period: 'kỳ báo cáo' };

export function combineIdentity(evidence: IdentityEvidence[], cat: PreparedCatalogue, sheet: string | null, findings: ImportFinding[]): IdentityGuess {
  const ordered = [...evidence].sort((a, b) => ORDER.indexOf(a.source) - ORDER.indexOf(b.source));
  const year = resolveYear(ordered, cat, sheet, findings);
  const valuesOf = (e: IdentityEvidence, part: Part): string[] => {
    if (part === 'district') return [...e.identity.districts];
    if (part === 'unitType') return [...e.identity.unitTypes];
    return periodValues(e.identity, year);
  };

  const result: Record<Part, { value: string | null; source: IdentitySource | null; candidates: string[]; troubled: boolean }> = {
    district: { value: null, source: null, candidates: [], troubled: false },
    unitType: { value: null, source: null, candidates: [], troubled: false },
    period: { value: null, source: null, candidates: [], troubled: false },
  };
  for (const part of ['district', 'unitType', 'period'] as const) {
    const withValues = ordered.map((e) => ({ e, values: valuesOf(e, part) })).filter((x) => x.values.length > 0);
    const first = withValues[0];
    const slot = result[part];
    if (!first) {
      slot.troubled = true;
      findings.push({ code: 'identity_missing', severity: 'error', sheet, cell: null, message: `Không xác định được ${PART_NAMES[part]} của báo cáo (không thấy trong nội dung lẫn tên tệp): hãy chọn khi nhập.` });
      continue;
    }
    slot.source = first.e.source;
    slot.candidates = [...first.values];
    if (first.values.length > 1) {
      slot.troubled = true;
      findings.push({ code: 'identity_ambiguous', severity: 'error', sheet, cell: null, message: `${capital(first.e.where)} nêu nhiều ${PART_NAMES[part]}: ${first.values.map((v) => describe(part, v, cat)).join(', ')}. Cần chọn đúng khi nhập.` });
    } else {
      slot.value = first.values[0] ?? null;
    }
    for (const other of withValues.slice(1)) {
      if (slot.value !== null && other.values.includes(slot.value)) continue;
      if (slot.value === null && other.values.some((v) => first.values.includes(v))) continue;
      slot.troubled = true;
      for (const v of other.values) if (!slot.candidates.includes(v)) slot.candidates.push(v);
      findings.push({
        code: 'identity_conflict',
        severity: 'warning',
        sheet,
        cell: null,
        message: `${capital(first.e.where)} ghi ${first.values.map((v) => describe(part, v, cat)).join(', ')} nhưng ${other.e.where} ghi ${other.values.map((v) => describe(part, v, cat)).join(', ')}: ${slot.value !== null ? 'tạm lấy theo ' + first.e.where + ', ' : ''}hãy kiểm tra lại ${PART_NAMES[part]}.`,
      });
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

function periodValues(id: TextIdentity, year: number | null): string[] {
  const out = new Set(id.periods);
  const kinds = id.kinds.size > 0 ? [...id.kinds] : id.impliedYear && id.periods.size === 0 ? ['Y'] : [];
  const years = id.years.size > 0 ? [...id.years] : year !== null ? [year] : [];
  for (const k of kinds) for (const y of years) out.add(`${y}-${k}`);
  return [...out];
}

/** The year for periods named without one ("Quý IV", "bao cao quy 4"): said elsewhere, or the plan's. */
function resolveYear(ordered: IdentityEvidence[], cat: PreparedCatalogue, sheet: string | null, findings: ImportFinding[]): number {
  for (const e of ordered) if (e.identity.years.size === 1) return [...e.identity.years][0] ?? cat.source.planYear;
  const needs = ordered.some((e) => e.identity.kinds.size > 0 && e.identity.years.size === 0);
  if (needs) findings.push({ code: 'year_assumed', severity: 'info', sheet, cell: null, message: `Báo cáo không ghi năm: coi là năm ${cat.source.planYear} của kế hoạch.` });
  return cat.source.planYear;
}

function describe(part: Part, value: string, cat: PreparedCatalogue): string {
  if (part === 'district') return cat.districts.find((d) => d.district.code === value)?.district.name ?? value;
  if (part === 'unitType') return value === 'BDV' ? 'Ban Dân vận' : 'Ban CHQS';
  return periodName(value);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
