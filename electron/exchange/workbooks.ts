import type { ResolvedIdentity, StagedFile } from '../../shared/domain/import';
import type { CellTrace } from '../../shared/domain/report';
import { AppError } from '../../shared/result';
import { formatNumberVi } from '../../shared/text/numbers';
import { identityFromGuess } from '../import/identity';
import type { Importer } from '../import/importer';
import { OVERRIDE_CODE } from '../import/override';
import type { PackageReport } from './contents';
import type { Unpacked } from './unpack';

/**
 * A package's workbooks go through the importer like any file a clerk picks: staged (the isolated
 * parser, its precheck and caps), under the identity the sending section saved, then compared with
 * the figures the package says were read from them. Only a workbook that reads the same here is
 * saved; one that reads otherwise is never saved silently, one way or the other.
 */

export type StagedWorkbook = { ok: true; stagingId: string; view: StagedFile } | { ok: false; problem: string };

/** One figure that the package and this PC's reading of the same workbook give differently. */
export interface FigureDifference {
  indicator: string;
  field: 'period' | 'ytd';
  sheet: string | null;
  cell: string | null;
  /** What the sending section's PC read (reports.json). */
  package: number | null;
  /** What this PC reads from the workbook. */
  parsed: number | null;
}

const sameIdentity = (a: ResolvedIdentity | null, b: ResolvedIdentity) => a !== null && a.period === b.period && a.districtCode === b.districtCode && a.unitType === b.unitType;

function senderConfirmed(r: PackageReport): boolean {
  try {
    return (JSON.parse(r.identityJson) as { confirmedByUser?: unknown }).confirmedByUser === true;
  } catch {
    return true;
  }
}

function senderOverrode(r: PackageReport): boolean {
  try {
    return (JSON.parse(r.findingsJson) as { code?: unknown }[]).some((f) => f.code === OVERRIDE_CODE);
  } catch {
    return false;
  }
}

/** Stages every workbook of the package once (a preview and the import then share the parse). */
export async function stageWorkbooks(importer: Importer, u: Unpacked): Promise<Map<string, StagedWorkbook>> {
  const out = new Map<string, StagedWorkbook>();
  const bySha = new Map(u.contents.workbooks.map((w) => [w.sha256, w]));
  for (const r of u.contents.reports) {
    const w = bySha.get(r.sha256);
    if (!w || out.has(r.sha256)) continue;
    out.set(r.sha256, await stageOne(importer, r, w.bytes, u.manifest.planYear));
  }
  return out;
}

async function stageOne(importer: Importer, r: PackageReport, bytes: Uint8Array, planYear: number): Promise<StagedWorkbook> {
  let view = await importer.stage(r.fileName, bytes, planYear);
  if (!view.identity) return { ok: false, problem: view.reason?.message ?? 'Máy này không đọc được tệp gốc.' };
  const saved: ResolvedIdentity = { period: r.period, districtCode: r.districtCode, unitType: r.unitType };
  // The identity the sending section saved is confirmed here as it was there: with the second
  // confirmation only where that section overrode what the file states (its identity_overridden finding).
  if (senderConfirmed(r) || !sameIdentity(identityFromGuess(view.identity), saved)) {
    try {
      view = await importer.confirm(view.stagingId, saved, { force: senderOverrode(r), by: r.importedBy });
    } catch (e) {
      if (e instanceof AppError) return { ok: false, problem: e.message };
      throw e;
    }
  }
  return { ok: true, stagingId: view.stagingId, view };
}

const where = (t: CellTrace | undefined, field: 'period' | 'ytd') => ({ sheet: t?.sheet ?? null, cell: (field === 'period' ? t?.periodCell : t?.ytdCell) ?? null });

/** The figures that differ, indicator by indicator, each at the cell this PC read it from. */
export function figureDifferences(view: StagedFile, r: PackageReport): FigureDifference[] {
  const codes = [...new Set([...Object.keys(view.values), ...Object.keys(r.values)])].sort();
  const out: FigureDifference[] = [];
  for (const indicator of codes) {
    for (const field of ['period', 'ytd'] as const) {
      const parsed = view.values[indicator]?.[field] ?? null;
      const given = r.values[indicator]?.[field] ?? null;
      if (parsed !== given) out.push({ indicator, field, ...where(view.cells[indicator], field), package: given, parsed });
    }
  }
  return out;
}

const figure = (v: number | null) => (v === null ? 'trống' : formatNumberVi(v, 3));

/** "GN05 (kỳ này, ô Sheet1!D12): gói ghi 12, máy này đọc 21" for each difference. */
export function describeDifferences(diffs: FigureDifference[]): string {
  const shown = diffs.slice(0, 5).map((d) => {
    const at = d.cell ? `ô ${d.sheet ?? ''}!${d.cell}` : d.sheet ? `trang ${d.sheet}` : 'không có ô trong tệp';
    return `${d.indicator} (${d.field === 'period' ? 'trong kỳ' : 'lũy kế'}, ${at}): gói ghi ${figure(d.package)}, máy này đọc ${figure(d.parsed)}`;
  });
  return shown.join('; ') + (diffs.length > 5 ? ` và ${diffs.length - 5} số khác nữa` : '');
}
