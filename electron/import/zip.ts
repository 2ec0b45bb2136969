import zlib from 'node:zlib';

/**
 * A zip central-directory reader, just enough to judge a workbook before anything inflates it:
 * part names, declared sizes, compression method and the location of each part's data. Every
 * offset read from the file is bounds-checked, because the file is untrusted.
 */

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Start of the part's compressed bytes, resolved through its local header. */
  dataOffset: number;
}

export type ZipProblem = 'no_directory' | 'bad_directory' | 'too_many_entries';

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem; detail: string };

const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipDirectory(bytes: Uint8Array, maxEntries = 10_000): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false, problem: 'no_directory', detail: 'không có mục lục cuối tệp nén (end of central directory)' };

  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const z64 = readZip64(view, eocd);
    if (!z64) return { ok: false, problem: 'bad_directory', detail: 'mục lục zip64 hỏng' };
    ({ count, dirSize, dirOffset } = z64);
  }
  if (count > maxEntries) return { ok: false, problem: 'too_many_entries', detail: `${count} phần` };
  if (dirOffset + dirSize > eocd || dirOffset + dirSize > bytes.length) {
    return { ok: false, problem: 'bad_directory', detail: 'mục lục trỏ ra ngoài tệp' };
  }

  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) {
      return { ok: false, problem: 'bad_directory', detail: `mục lục hỏng ở phần thứ ${i + 1}` };
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > bytes.length) return { ok: false, problem: 'bad_directory', detail: 'tên phần vượt ra ngoài tệp' };
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    // Bit 11 says UTF-8; older writers use the DOS code page, which for the ASCII names of OOXML parts is the same.
    const name = (flags & 0x800 ? UTF8 : LATIN1).decode(nameBytes);
    const z64 = readZip64Extra(view, p + 46 + nameLen, extraLen, { uncompressedSize, compressedSize, localOffset });
    ({ uncompressedSize, compressedSize, localOffset } = z64);

    const dataOffset = localDataOffset(view, localOffset);
    if (dataOffset < 0 || dataOffset + compressedSize > bytes.length) {
      return { ok: false, problem: 'bad_directory', detail: `dữ liệu của phần "${name}" nằm ngoài tệp` };
    }
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, uncompressedSize, dataOffset });
    p = end;
  }
  return { ok: true, entries };
}

function findEocd(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= min; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  return -1;
}

function readZip64(view: DataView, eocd: number): { count: number; dirSize: number; dirOffset: number } | null {
  const loc = eocd - 20;
  if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) return null;
  const rec = safeNumber(view.getBigUint64(loc + 8, true));
  if (rec < 0 || rec + 56 > view.byteLength || view.getUint32(rec, true) !== ZIP64_EOCD) return null;
  return {
    count: safeNumber(view.getBigUint64(rec + 32, true)),
    dirSize: safeNumber(view.getBigUint64(rec + 40, true)),
    dirOffset: safeNumber(view.getBigUint64(rec + 48, true)),
  };
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { uncompressedSize: number; compressedSize: number; localOffset: number },
): { uncompressedSize: number; compressedSize: number; localOffset: number } {
  const out = { ...sizes };
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + size) return -1;
        const v = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      // Only the fields whose 32-bit value is saturated are present, in this order.
      if (out.uncompressedSize === 0xffffffff) out.uncompressedSize = take();
      if (out.compressedSize === 0xffffffff) out.compressedSize = take();
      if (out.localOffset === 0xffffffff) out.localOffset = take();
    }
    p += 4 + size;
  }
  return out;
}

function localDataOffset(view: DataView, localOffset: number): number {
  if (localOffset < 0 || localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL) return -1;
  return localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
}

/** Beyond 2^53 a size is absurd for this product anyway: mark it invalid. */
function safeNumber(v: bigint): number {
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(v);
}

const ZLIB_CHUNK = 16 * 1024;

/**
 * Room for the whole part in one zlib call instead of 16 KB at a time and a concatenation: the
 * smallest multiple of zlib's own chunk above the declared size. Zlib stops where the old chunks
 * would have ended too (a liar is caught past its declared size, a broken stream at the same
 * byte), so every verdict is the one 16 KB chunks gave.
 */
const outputChunk = (declared: number) => ZLIB_CHUNK * Math.ceil((Math.max(0, declared) + 1) / ZLIB_CHUNK);

export type InflateResult = { ok: true; data: Buffer } | { ok: false; problem: 'method' | 'size_mismatch' | 'broken'; detail: string };

/**
 * The part's bytes, never more than it declares: a part that inflates past its declared size is a
 * lie (a zip bomb hiding behind a small central directory) and stops right there.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): InflateResult {
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (raw.length !== entry.uncompressedSize) return { ok: false, problem: 'size_mismatch', detail: entry.name };
    return { ok: true, data: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) };
  }
  if (entry.method !== 8) return { ok: false, problem: 'method', detail: `${entry.name}: phương thức nén ${entry.method}` };
  try {
    const data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize), chunkSize: outputChunk(entry.uncompressedSize) });
    if (data.length !== entry.uncompressedSize) return { ok: false, problem: 'size_mismatch', detail: entry.name };
    return { ok: true, data };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, problem: 'size_mismatch', detail: entry.name };
    return { ok: false, problem: 'broken', detail: `${entry.name}: ${(e as Error).message}` };
  }
}
