import fs from 'node:fs';
import { dateVi, localIsoDate } from '../../../shared/dates';
import path from 'node:path';
import { PACKAGE_EXTENSION, type ExchangePreview } from '../../../shared/domain/exchange';
import { periodName } from '../../../shared/domain/periods';
import { unitTypeLabel } from '../../../shared/domain/units';
import type { AppContext } from '../../context';
import type { Importer } from '../../import/importer';
import * as ex from '../../exchange/service';
import { emit, usageError, type CliIo } from '../io';
import { parseCliInteger } from '../number';

export interface ExchangeOptions {
  year?: string;
  period?: string;
  out?: string;
  dryRun?: boolean;
  passphraseFile?: string;
  id?: string;
  use?: string;
  section?: string;
  noPassphrase?: boolean;
}

/** The passphrase from --passphrase-file (its first line), or undefined to use the one set on this PC. */
function passphraseFrom(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  if (!fs.existsSync(file)) throw usageError(`Không có tệp cụm mật khẩu ${file}.`);
  const text = fs.readFileSync(file, 'utf8').split(/\r?\n/)[0]!.trim();
  if (!text) throw usageError(`Tệp ${file} không có cụm mật khẩu (dòng đầu trống).`);
  return text;
}

const yearOf = (v: string | undefined): number | undefined => (v === undefined ? undefined : parseCliInteger(v, '--year', 2000, 2100));

/** `exchange export|import|conflicts|resolve|settings`. */
export async function exchangeCommand(ctx: AppContext, importer: Importer, io: CliIo, sub: string | undefined, files: string[], o: ExchangeOptions): Promise<void> {
  if (sub === 'export') return exportCmd(ctx, io, o);
  if (sub === 'import') return importCmd(ctx, importer, io, files, o);
  if (sub === 'conflicts') return conflictsCmd(ctx, io, o);
  if (sub === 'resolve') return resolveCmd(ctx, io, o);
  if (sub === 'settings') return settingsCmd(ctx, io, o);
  throw usageError('Dùng: exchange export|import|conflicts|resolve|settings.');
}

async function exportCmd(ctx: AppContext, io: CliIo, o: ExchangeOptions): Promise<void> {
  const year = yearOf(o.year) ?? (o.period ? Number(o.period.slice(0, 4)) : undefined);
  if (year === undefined) throw usageError('Cần --year, ví dụ exchange export --year 2021 --out goi.pdvtd.');
  if (o.period !== undefined && !/^\d{4}-(Q[1-4]|H1|Y)$/.test(o.period)) throw usageError('Kỳ báo cáo có dạng 2021-Q2, 2021-H1 hoặc 2021-Y.');
  const built = await ex.buildPackage(ctx, { year, period: o.period, passphrase: passphraseFrom(o.passphraseFile) });
  const out = o.out === undefined ? path.resolve(built.fileName) : fs.existsSync(o.out) && fs.statSync(o.out).isDirectory() ? path.resolve(o.out, built.fileName) : path.resolve(o.out.endsWith(PACKAGE_EXTENSION) ? o.out : `${o.out}${PACKAGE_EXTENSION}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, built.bytes);
  await ex.auditExport(ctx, built.id, out, { year, period: o.period });
  emit(io, { file: out, id: built.id, year, period: o.period ?? null, bytes: built.bytes.byteLength }, () => `Đã ghi gói trao đổi dữ liệu ${out} (mã ${built.id}).`);
}

async function importCmd(ctx: AppContext, importer: Importer, io: CliIo, files: string[], o: ExchangeOptions): Promise<void> {
  if (files.length !== 1) throw usageError('Cần đúng một tệp gói: exchange import GOI.pdvtd [--dry-run].');
  const file = path.resolve(files[0]!);
  if (!fs.existsSync(file)) throw usageError(`Không có tệp ${file}.`);
  const f = { fileName: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)), year: yearOf(o.year), passphrase: passphraseFrom(o.passphraseFile) };
  const result = o.dryRun ? await ex.previewPackage(ctx, importer, f) : await ex.importPackage(ctx, importer, f);
  emit(io, { dry_run: o.dryRun === true, ...result }, () => describePreview(result, o.dryRun === true));
}

const unit = (r: { districtCode: string; unitType: 'BDV' | 'QS' }) => `${r.districtCode}-${r.unitType} (${unitTypeLabel(r.unitType)})`;

/** The preview as a clerk reads it. */
export function describePreview(p: ExchangePreview, dryRun: boolean): string {
  const pkg = p.package;
  const lines = [
    `${dryRun ? 'Chạy thử (không ghi gì): ' : ''}gói "${pkg.fileName}" của ${pkg.sectionLabel}, kế hoạch năm ${pkg.planYear}${pkg.period ? `, ${periodName(pkg.period)}` : ''}, tạo ${dateVi(localIsoDate(new Date(pkg.createdAt)))} bởi ${pkg.createdBy}.`,
  ];
  const fresh = p.reports.incoming.filter((r) => r.outcome !== 'duplicate');
  lines.push(`Báo cáo mới với máy này: ${fresh.length}`, ...fresh.map((r) => `  ${periodName(r.period)} ${unit(r)} "${r.fileName}": ${r.outcome} — ${r.message}`));
  if (p.reports.withoutWorkbook > 0) lines.push(`${p.reports.withoutWorkbook} báo cáo không kèm tệp gốc (nhập trước khi phần mềm giữ tệp gốc): chỉ có số liệu bên gửi đã đọc.`);
  lines.push(`Báo cáo máy này có mà gói không có: ${p.reports.onlyHere.length}`, ...p.reports.onlyHere.map((r) => `  ${periodName(r.period)} ${unit(r)} "${r.fileName}"`));
  const by = (k: string) => p.settlements.filter((s) => s.outcome === k);
  lines.push(`Xử lý chênh lệch trùng nhau: ${by('agree').length}; áp dụng: ${by('applied').length}; khác nhau: ${by('conflict').length}; chưa áp dụng: ${by('skipped').length}`);
  for (const s of by('conflict')) lines.push(`  Khác với bên ${pkg.sectionLabel}: ${s.theirs.key} (bên kia: ${s.theirs.status}, máy này: ${s.ours?.status})`);
  for (const s of by('skipped')) lines.push(`  Chưa áp dụng ${s.theirs.key}: ${s.message}`);
  lines.push(`Chốt số liệu: ${p.locks.map((l) => `${l.period} ${l.outcome}${l.message ? ` (${l.message})` : ''}`).join('; ') || 'không'}`);
  lines.push(`Kế hoạch khác nhau: ${p.plan.length}`, ...p.plan.map((d) => `  ${d.what} ${d.key}: ${d.fields.join(', ')}`));
  lines.push(p.changes ? (dryRun ? 'Nhập gói sẽ ghi các thay đổi trên.' : 'Đã nhập gói.') : 'Gói không có gì mới với máy này: không ghi gì.');
  return lines.join('\n');
}

async function conflictsCmd(ctx: AppContext, io: CliIo, o: ExchangeOptions): Promise<void> {
  if (o.period === undefined && o.year === undefined) throw usageError('Cần --period (ví dụ --period 2021-H1) hoặc --year.');
  const list = await ex.exchangeConflicts(ctx, o.period !== undefined ? { period: o.period } : { year: yearOf(o.year)! });
  emit(io, { conflicts: list }, () =>
    list.length
      ? list.map((c) => `#${c.id} [${c.kind}] ${c.key}: ${c.label}${c.resolvedAt ? ` — đã chọn ${c.choice === 'ours' ? 'bản của máy này' : 'bản của bên kia'}` : ' — chưa chọn'}`).join('\n')
      : 'Không có điểm khác biệt nào.',
  );
}

async function resolveCmd(ctx: AppContext, io: CliIo, o: ExchangeOptions): Promise<void> {
  if (!o.id || !/^\d+$/.test(o.id)) throw usageError('Cần --id N: số của điểm khác biệt (xem exchange conflicts).');
  if (o.use !== 'ours' && o.use !== 'theirs') throw usageError('--use ours (giữ bản của máy này) hoặc --use theirs (dùng bản của bên kia).');
  const c = await ex.resolveConflict(ctx, Number(o.id), o.use);
  emit(io, c, () => `Đã chọn ${o.use === 'ours' ? 'bản của máy này' : 'bản của bên kia'} cho #${c.id} (${c.key}).`);
}

async function settingsCmd(ctx: AppContext, io: CliIo, o: ExchangeOptions): Promise<void> {
  if (o.section !== undefined && o.section !== 'BDV' && o.section !== 'QS') throw usageError('--section BDV (Phòng Dân vận Chính quyền và Đoàn thể) hoặc QS (Phòng Chính trị).');
  const passphrase = o.noPassphrase ? null : passphraseFrom(o.passphraseFile);
  const s = o.section !== undefined || passphrase !== undefined ? await ex.saveExchangeSettings(ctx, { section: o.section as 'BDV' | 'QS' | undefined, passphrase }) : await ex.exchangeSettings(ctx);
  emit(io, s, () => `Máy này: ${s.sectionLabel ?? 'chưa chọn phòng'}; cụm mật khẩu dùng chung: ${s.hasPassphrase ? 'đã đặt' : 'chưa đặt'}.`);
}
