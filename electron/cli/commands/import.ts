import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedIdentity, StagedFile } from '../../../shared/domain/import';
import { IMPORT_STATUS_LABELS } from '../../../shared/domain/import';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import type { Importer } from '../../import/importer';
import { emit, usageError, type CliIo } from '../io';

export interface ImportOptions {
  dryRun: boolean;
  unit?: string;
  period?: string;
  received?: string;
  year?: number;
  /** --force: --unit/--period replace even what the file states for certain (the report keeps a finding). */
  force?: boolean;
}

interface FileResult {
  file: string;
  status: StagedFile['status'];
  reason: { code: string; message: string } | null;
  district_code: string | null;
  unit_type: string | null;
  period: string | null;
  identity_source: { district: string | null; unit_type: string | null; period: string | null } | null;
  confidence: string | null;
  version: number | null;
  values: Record<string, { period: number | null; ytd: number | null }>;
  narrative: StagedFile['narrative'] | null;
  findings: { code: string; sheet: string | null; cell: string | null; message: string }[];
}

function overrideIdentity(staged: StagedFile, o: ImportOptions): ResolvedIdentity | null {
  if (!o.unit && !o.period) return null;
  const m = o.unit ? /^(\d{3})-(BDV|QS)$/.exec(o.unit) : null;
  if (o.unit && !m) throw usageError('--unit có dạng mã huyện-BDV hoặc mã huyện-QS, ví dụ 524-BDV.');
  const districtCode = m?.[1] ?? staged.resolved?.districtCode ?? staged.identity?.districtCode;
  const unitType = (m?.[2] as 'BDV' | 'QS' | undefined) ?? staged.resolved?.unitType ?? staged.identity?.unitType;
  const period = o.period ?? staged.resolved?.period ?? staged.identity?.period;
  return districtCode && unitType && period ? { districtCode, unitType, period } : null;
}

const toResult = (file: string, s: StagedFile, version: number | null): FileResult => ({
  file,
  status: s.status,
  reason: s.reason,
  district_code: s.resolved?.districtCode ?? s.identity?.districtCode ?? null,
  unit_type: s.resolved?.unitType ?? s.identity?.unitType ?? null,
  period: s.resolved?.period ?? s.identity?.period ?? null,
  identity_source: s.identity ? { district: s.identity.sources.district, unit_type: s.identity.sources.unitType, period: s.identity.sources.period } : null,
  confidence: s.identity?.confidence ?? null,
  version,
  values: s.values,
  narrative: s.status === 'rejected' ? null : s.narrative,
  findings: s.findings.map((f) => ({ code: f.code, sheet: f.sheet, cell: f.cell, message: f.message })),
});

/**
 * `import FILES…`: each file is parsed, then saved in its own transaction. With --dry-run the
 * statuses are what a real run would give (a second file of the same unit and period in the
 * batch would be a new version), and nothing is written.
 */
export async function importFiles(importer: Importer, io: CliIo, files: string[], o: ImportOptions): Promise<void> {
  if (!files.length) throw usageError('Cần ít nhất một tệp: import TỆP… --db TỆP_DỮ_LIỆU');
  const seenHashes = new Set<string>();
  const seenUnits = new Set<string>();
  const results: FileResult[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (size < 0 || size > MAX_FILE_BYTES || !fs.statSync(file).isFile()) {
      const message = size < 0 ? `Không tìm thấy tệp ${file}.` : size > MAX_FILE_BYTES ? 'Tệp quá lớn (tối đa 20 MB).' : `${file} không phải là tệp.`;
      results.push({ file, status: 'rejected', reason: { code: size > MAX_FILE_BYTES ? 'too_large' : 'not_found', message }, district_code: null, unit_type: null, period: null, identity_source: null, confidence: null, version: null, values: {}, narrative: null, findings: [] });
      continue;
    }
    let staged = await importer.stage(name, fs.readFileSync(file), o.year);
    const override = staged.status === 'rejected' || staged.status === 'duplicate' ? null : overrideIdentity(staged, o);
    if (override) staged = await importer.confirm(staged.stagingId, override, { force: o.force });
    let version: number | null = null;
    if (o.dryRun) {
      const unitKey = staged.resolved ? `${staged.resolved.period}/${staged.resolved.districtCode}-${staged.resolved.unitType}` : null;
      if (staged.status !== 'rejected' && seenHashes.has(staged.sha256)) staged = { ...staged, status: 'duplicate', reason: { code: 'duplicate', message: 'Trùng nội dung với một tệp trước trong cùng lần nhập.' } };
      else if (staged.status === 'accepted' && unitKey && seenUnits.has(unitKey)) staged = { ...staged, status: 'new_version', reason: { code: 'new_version', message: 'Thay thế báo cáo của tệp trước trong cùng lần nhập.' } };
      if (staged.status === 'accepted' || staged.status === 'new_version') {
        seenHashes.add(staged.sha256);
        if (unitKey) seenUnits.add(unitKey);
      }
      importer.drop(staged.stagingId);
    } else if (staged.status === 'accepted' || staged.status === 'new_version') {
      const saved = await importer.save(staged.stagingId, o.received);
      version = saved.version;
      staged = { ...staged, status: saved.status };
    } else {
      importer.drop(staged.stagingId);
    }
    results.push(toResult(file, staged, version));
  }
  emit(io, { dry_run: o.dryRun, files: results }, () =>
    results
      .map((r) => {
        const who = r.district_code ? `${r.district_code}-${r.unit_type ?? '?'} ${r.period ?? '?'}` : '';
        const head = `${IMPORT_STATUS_LABELS[r.status].padEnd(14)} ${path.basename(r.file)}${who ? ` → ${who}` : ''}`;
        const lines = [head];
        if (r.reason) lines.push(`    ${r.reason.message}`);
        for (const f of r.findings.slice(0, 20)) lines.push(`    [${f.sheet ?? '-'}!${f.cell ?? '-'}] ${f.message}`);
        if (r.findings.length > 20) lines.push(`    … và ${r.findings.length - 20} ghi chú khác`);
        return lines.join('\n');
      })
      .join('\n') + (o.dryRun ? '\n(chạy thử: không ghi gì vào dữ liệu)' : ''),
  );
}
