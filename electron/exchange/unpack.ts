import type { z } from '../../shared/zod';
import { SECTION_LABELS, type PackageInfo } from '../../shared/domain/exchange';
import { MAX_FILE_BYTES } from '../../shared/limits';
import { AppError } from '../../shared/result';
import { formatNumberVi } from '../../shared/text/numbers';
import { DEFAULT_LIMITS } from '../import/precheck';
import { inflateEntry, readZipDirectory, type ZipEntry } from '../import/zip';
import { ENTRY_SCHEMAS, type PackageContents, type PackageWorkbook } from './contents';
import { ENTRY_NAMES, hmacMatches, Manifest, ManifestHead, PACKAGE_FORMAT, PRODUCT, sha256Of, WORKBOOK_ENTRY } from './manifest';
import { DIGEST_CHARS } from './pack';

/**
 * Reads a package from outside and believes nothing of it until checked: the importer's caps on
 * the zip (entries, sizes, ratio, names, duplicates, encryption), the digest of the whole file,
 * the sha256 of every entry, the passphrase's HMAC, the product, format and schema versions and
 * the plan year. Every refusal is an AppError saying what to do; nothing is written by this module.
 */

export interface UnpackOptions {
  /** This PC's shared passphrase (or the one given on the command line); null when none is set. */
  passphrase: string | null;
  /** The migration names this version knows, oldest first. */
  knownSchemas: readonly string[];
  /** The plan year the clerk asked for, if any. */
  year?: number;
  /** The plan years this PC has. */
  planYears: readonly number[];
}

export interface Unpacked {
  manifest: Manifest;
  info: PackageInfo;
  contents: PackageContents;
}

const refuse = (fileName: string, why: string) => new AppError('rejected_file', `Không nhận gói "${fileName}": ${why}`);
const NOT_OURS = 'tệp này không phải gói trao đổi dữ liệu của phần mềm Phối hợp Dân vận (tệp .pdvtd do Cài đặt → Trao đổi dữ liệu hoặc lệnh "exchange export" tạo).';
const CHANGED = 'nội dung gói đã bị thay đổi hoặc hỏng sau khi tạo (có byte khác với lúc xuất). Hãy xin bên gửi xuất lại gói và gửi lại, không sửa hay nén lại tệp.';
const mb = (n: number) => `${formatNumberVi(n / 1024 / 1024, 1)} MB`;
const MAX_ENTRIES = 2000;

function allowedName(name: string): boolean {
  return name === 'manifest.json' || (ENTRY_NAMES as readonly string[]).includes(name) || WORKBOOK_ENTRY.test(name);
}

/** The importer's zip caps, for a package: bounded sizes and ratio, no duplicate or outside names, nothing encrypted. */
function checkDirectory(fileName: string, entries: ZipEntry[]): void {
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    if (e.encrypted) throw refuse(fileName, 'gói có phần được mã hóa; gói của phần mềm không mã hóa phần nào.');
    if (seen.has(e.name)) throw refuse(fileName, `gói có hai phần cùng tên "${e.name}".`);
    seen.add(e.name);
    if (!allowedName(e.name)) throw refuse(fileName, e.name.includes('..') || e.name.startsWith('/') || e.name.includes('\\') || /^[a-z]:/i.test(e.name) ? `gói có phần trỏ ra ngoài gói ("${e.name}").` : NOT_OURS);
    if (e.uncompressedSize < 0 || e.compressedSize < 0 || e.uncompressedSize > DEFAULT_LIMITS.maxPartBytes) throw refuse(fileName, `phần "${e.name}" quá lớn (tối đa ${mb(DEFAULT_LIMITS.maxPartBytes)}).`);
    if (e.uncompressedSize > DEFAULT_LIMITS.ratioFloorBytes && e.uncompressedSize > e.compressedSize * DEFAULT_LIMITS.maxRatio) throw refuse(fileName, `phần "${e.name}" có tỉ lệ nén bất thường.`);
    total += e.uncompressedSize;
  }
  if (total > DEFAULT_LIMITS.maxTotalBytes) throw refuse(fileName, `gói giải nén ra quá lớn (tối đa ${mb(DEFAULT_LIMITS.maxTotalBytes)}).`);
}

function inflate(fileName: string, bytes: Uint8Array, entry: ZipEntry): Buffer {
  const r = inflateEntry(bytes, entry);
  if (!r.ok) throw refuse(fileName, CHANGED);
  return r.data;
}

function parseJson(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refuse(fileName, CHANGED);
  }
}

export function unpackPackage(fileName: string, bytes: Uint8Array, o: UnpackOptions): Unpacked {
  if (bytes.length === 0) throw refuse(fileName, 'tệp rỗng.');
  if (bytes.length > MAX_FILE_BYTES) throw refuse(fileName, `tệp quá lớn (${mb(bytes.length)}, tối đa ${mb(MAX_FILE_BYTES)}).`);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw refuse(fileName, NOT_OURS);
  // A file that ends as our packages end (the digest) but does not match it was changed, whatever part was hit.
  const digest = Buffer.from(bytes.subarray(bytes.length - DIGEST_CHARS)).toString('latin1');
  const sealed = /^[0-9a-f]{64}$/.test(digest);
  if (sealed && sha256Of(bytes.subarray(0, bytes.length - DIGEST_CHARS)) !== digest) throw refuse(fileName, CHANGED);
  const dir = readZipDirectory(bytes, MAX_ENTRIES);
  if (!dir.ok) throw refuse(fileName, dir.problem === 'too_many_entries' ? `gói có quá nhiều phần (${dir.detail}).` : `không đọc được tệp nén (${dir.detail}): ${CHANGED}`);
  const byName = new Map(dir.entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get('manifest.json');
  if (!manifestEntry) throw refuse(fileName, NOT_OURS);
  checkDirectory(fileName, dir.entries);

  // Who made it and in which format, read before the rest: a newer package is told apart from a broken one.
  const raw = parseJson(fileName, inflate(fileName, bytes, manifestEntry).toString('utf8'));
  const head = ManifestHead.safeParse(raw);
  if (!head.success || head.data.product !== PRODUCT) throw refuse(fileName, NOT_OURS);
  if (head.data.formatVersion > PACKAGE_FORMAT) throw refuse(fileName, `gói được tạo theo định dạng ${head.data.formatVersion}, mới hơn định dạng ${PACKAGE_FORMAT} phiên bản này đọc được. Hãy cài phiên bản mới của phần mềm rồi nhập lại.`);

  if (!sealed) throw refuse(fileName, CHANGED);

  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw refuse(fileName, CHANGED);
  const manifest = parsed.data;
  if (!o.knownSchemas.includes(manifest.schemaVersion)) {
    const newest = o.knownSchemas.at(-1) ?? '';
    throw refuse(fileName, manifest.schemaVersion > newest ? `gói do phiên bản phần mềm mới hơn tạo (cấu trúc dữ liệu ${manifest.schemaVersion}). Hãy cài phiên bản mới rồi nhập lại.` : NOT_OURS);
  }

  // Exactly the entries the manifest names, each with the bytes it names.
  const listed = Object.keys(manifest.entries).sort();
  const present = dir.entries.map((e) => e.name).filter((n) => n !== 'manifest.json').sort();
  if (JSON.stringify(listed) !== JSON.stringify(present) || !ENTRY_NAMES.every((n) => listed.includes(n))) throw refuse(fileName, CHANGED);
  const texts = new Map<string, string>();
  const workbooks: PackageWorkbook[] = [];
  for (const name of present) {
    const entry = byName.get(name)!;
    const workbook = WORKBOOK_ENTRY.exec(name);
    // The importer's per-file cap holds for a workbook inside a package as for one picked by hand.
    if (workbook && entry.uncompressedSize > MAX_FILE_BYTES) throw refuse(fileName, `tệp báo cáo "${name}" trong gói quá lớn (${mb(entry.uncompressedSize)}, tối đa ${mb(MAX_FILE_BYTES)}).`);
    const data = inflate(fileName, bytes, entry);
    const sha = sha256Of(data);
    if (sha !== manifest.entries[name]) throw refuse(fileName, CHANGED);
    // A workbook is named by its own sha256: bytes changed under the same name are a changed package.
    if (workbook) {
      if (workbook[1] !== sha) throw refuse(fileName, CHANGED);
      workbooks.push({ sha256: sha, ext: workbook[2] as PackageWorkbook['ext'], bytes: new Uint8Array(data) });
    } else texts.set(name, data.toString('utf8'));
  }

  if (o.passphrase !== null && !manifest.hmac) throw refuse(fileName, 'máy này đặt cụm mật khẩu dùng chung nhưng gói không được ký. Hãy nhờ bên gửi đặt cùng cụm mật khẩu ở Cài đặt → Trao đổi dữ liệu rồi xuất lại gói.');
  if (o.passphrase !== null && !hmacMatches(manifest, o.passphrase)) throw refuse(fileName, 'chữ ký của gói không khớp cụm mật khẩu dùng chung của máy này: gói không phải do bên kia tạo, hoặc hai máy đặt cụm mật khẩu khác nhau. Hãy kiểm tra lại cụm mật khẩu ở cả hai máy.');
  if (o.passphrase === null && manifest.hmac) throw refuse(fileName, 'gói được ký bằng cụm mật khẩu dùng chung nhưng máy này chưa đặt. Hãy đặt cùng cụm mật khẩu với bên gửi ở Cài đặt → Trao đổi dữ liệu rồi nhập lại.');

  if (o.year !== undefined && manifest.planYear !== o.year) throw new AppError('conflict', `Gói "${fileName}" là dữ liệu kế hoạch năm ${manifest.planYear}, không phải năm ${o.year} đã chọn. Hãy chọn đúng năm hoặc đúng gói.`);
  if (!o.planYears.includes(manifest.planYear)) throw new AppError('conflict', `Gói "${fileName}" là dữ liệu kế hoạch năm ${manifest.planYear}, nhưng máy này chưa có kế hoạch năm đó. Hãy sao chép kế hoạch sang năm ${manifest.planYear} ở trang Danh mục rồi nhập lại.`);

  const read = <T>(name: keyof typeof ENTRY_SCHEMAS, schema: z.ZodType<T>): T => {
    const r = schema.safeParse(parseJson(fileName, texts.get(name)!));
    if (!r.success) throw refuse(fileName, `phần ${name} không đúng cấu trúc (${r.error.issues[0]?.path.join('.') ?? ''}): ${CHANGED}`);
    return r.data;
  };
  const contents: PackageContents = {
    reports: read('reports.json', ENTRY_SCHEMAS['reports.json']),
    workbooks,
    settlements: read('settlements.json', ENTRY_SCHEMAS['settlements.json']),
    locks: read('locks.json', ENTRY_SCHEMAS['locks.json']),
    drafts: read('drafts.json', ENTRY_SCHEMAS['drafts.json']),
    plan: read('plan.json', ENTRY_SCHEMAS['plan.json']),
    settings: read('settings.json', ENTRY_SCHEMAS['settings.json']),
  };
  // Every workbook is the file of a report the package lists; one of nobody's is not ours.
  const listedReports = new Set(contents.reports.map((r) => r.sha256));
  if (!workbooks.every((w) => listedReports.has(w.sha256))) throw refuse(fileName, CHANGED);
  const inYear = (p: string) => p.startsWith(`${manifest.planYear}-`);
  const periods = [...contents.reports.map((r) => r.period), ...contents.settlements.map((s) => s.period), ...contents.locks.map((l) => l.period), ...contents.drafts.map((d) => d.period)];
  if (contents.plan.plan.year !== manifest.planYear || contents.settings.year !== manifest.planYear || !periods.every(inYear)) throw refuse(fileName, `gói ghi năm ${manifest.planYear} nhưng có dữ liệu của năm khác: ${CHANGED}`);

  const info: PackageInfo = {
    id: manifest.id,
    fileName,
    sha256: sha256Of(bytes),
    formatVersion: manifest.formatVersion,
    schemaVersion: manifest.schemaVersion,
    planYear: manifest.planYear,
    period: manifest.period,
    section: manifest.section,
    sectionLabel: SECTION_LABELS[manifest.section],
    createdAt: manifest.createdAt,
    createdBy: manifest.createdBy,
    authenticated: o.passphrase !== null,
  };
  return { manifest, info, contents };
}
