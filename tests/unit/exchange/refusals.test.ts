import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../../electron/exchange/service';
import { canonicalJson, manifestHmac, type Manifest } from '../../../electron/exchange/manifest';
import { sealDigest, DIGEST_CHARS } from '../../../electron/exchange/pack';
import { readZipDirectory } from '../../../electron/import/zip';
import { cleanDataSet } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';
import { dumpAll } from './helpers';

/**
 * A package that is not exactly what the other section exported, or not for this PC, is refused
 * with a sentence the clerk can act on, and B's database is left as it was (every table compared).
 */

let signedWith: Record<string, Uint8Array> = {};
let plain: Uint8Array;

async function makePackage(passphrase: string | null): Promise<Uint8Array> {
  const s = await openTestServices(path.join(tempDir(), 'a.db'));
  try {
    await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }));
    const saved = await s.dispatch('exchange.saveSettings', { section: 'QS' });
    if (!saved.ok) throw new Error(saved.error.message);
    return (await buildPackage(s.ctx, { year: 2021, passphrase })).bytes;
  } finally {
    await s.close();
  }
}

beforeAll(async () => {
  plain = await makePackage(null);
  signedWith = { 'mat-khau-chung-2021': await makePackage('mat-khau-chung-2021') };
}, 60_000);

/** Rewrites a package's manifest (and seals the file again), as a newer version or another program would write it. */
async function withManifest(bytes: Uint8Array, edit: (m: Manifest) => Record<string, unknown>, passphrase?: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const m = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
  const next = edit(m);
  if (passphrase) next.hmac = manifestHmac(next as Manifest, passphrase);
  zip.file('manifest.json', JSON.stringify(next));
  const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: '0'.repeat(DIGEST_CHARS) });
  sealDigest(out);
  return out;
}

const flip = (bytes: Uint8Array, at: number) => {
  const out = new Uint8Array(bytes);
  out[at] = out[at]! ^ 0x01;
  return out;
};

interface Attempt {
  code: string;
  message: string;
  unchanged: boolean;
}

/** Imports `bytes` into a fresh PC B (with the given passphrase), and says how it was refused and whether B is unchanged. */
async function importInto(bytes: Uint8Array, o: { passphrase?: string; year?: number; fileName?: string } = {}): Promise<Attempt> {
  const db = path.join(tempDir(), 'b.db');
  const s = await openTestServices(db);
  try {
    const set = await s.dispatch('exchange.saveSettings', { section: 'BDV', ...(o.passphrase ? { passphrase: o.passphrase } : {}) });
    if (!set.ok) throw new Error(set.error.message);
    s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
    const before = dumpAll(db);
    const r = await s.dispatch('exchange.import', { fileName: o.fileName ?? 'goi.pdvtd', dataBase64: Buffer.from(bytes).toString('base64'), year: o.year });
    s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
    const unchanged = JSON.stringify(dumpAll(db)) === JSON.stringify(before);
    if (r.ok) return { code: 'ok', message: '', unchanged };
    return { code: r.error.code, message: r.error.message, unchanged };
  } finally {
    await s.close();
  }
}

describe('exchange package refusals', () => {
  it('accepts the package as exported (the control)', async () => {
    const r = await importInto(plain);
    expect(r.code).toBe('ok');
    expect(r.unchanged).toBe(false);
  });

  it.each([
    ['a byte inside an entry', (b: Uint8Array) => readZipDirectory(b).ok && (readZipDirectory(b) as { entries: { name: string; dataOffset: number }[] }).entries.find((e) => e.name === 'reports.json')!.dataOffset + 40],
    ['the CRC of an entry in the central directory', (b: Uint8Array) => centralDirectory(b) + 16],
    ['the modification time in the central directory', (b: Uint8Array) => centralDirectory(b) + 12],
    ['a name in the central directory', (b: Uint8Array) => centralDirectory(b) + 46],
    ['the external attributes in the central directory', (b: Uint8Array) => centralDirectory(b) + 38],
    ['the digest at the end', (b: Uint8Array) => b.length - 3],
  ])('refuses a package with %s changed, B unchanged', async (_what, at) => {
    const r = await importInto(flip(plain, at(plain) as number));
    expect(r.code).toBe('rejected_file');
    expect(r.message).toMatch(/^Không nhận gói "goi\.pdvtd": /);
    expect(r.message).toMatch(/đã bị thay đổi|hỏng/);
    expect(r.unchanged).toBe(true);
  });

  it('refuses a package of another plan year than the one asked, and one of a year this PC has no plan for', async () => {
    const asked = await importInto(plain, { year: 2022 });
    expect(asked).toMatchObject({ code: 'conflict', unchanged: true });
    expect(asked.message).toMatch(/kế hoạch năm 2021, không phải năm 2022/);
    const other = await withManifest(plain, (m) => ({ ...m, planYear: 2022 }));
    const absent = await importInto(other);
    expect(absent).toMatchObject({ unchanged: true });
    expect(absent.code).not.toBe('ok');
  });

  it('refuses a package of a newer format or a newer schema, asking to install the new version', async () => {
    for (const edit of [(m: Manifest) => ({ ...m, formatVersion: 2 }), (m: Manifest) => ({ ...m, schemaVersion: '2099-01-01-future-tables' })]) {
      const r = await importInto(await withManifest(plain, edit));
      expect(r).toMatchObject({ code: 'rejected_file', unchanged: true });
      expect(r.message).toMatch(/mới hơn.*cài phiên bản mới/i);
    }
  });

  it('refuses what is not a package of this product: a .docx renamed, a zip without manifest, another product, plain text', async () => {
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<w:document/>');
    const noManifest = new JSZip();
    noManifest.file('reports.json', '[]');
    const foreign = [
      await docx.generateAsync({ type: 'uint8array' }),
      await noManifest.generateAsync({ type: 'uint8array' }),
      await withManifest(plain, (m) => ({ ...m, product: 'DHIS2' })),
      new TextEncoder().encode('không phải gói'),
    ];
    for (const bytes of foreign) {
      const r = await importInto(bytes, { fileName: 'bao-cao.pdvtd' });
      expect(r).toMatchObject({ code: 'rejected_file', unchanged: true });
      expect(r.message).toMatch(/không phải gói trao đổi dữ liệu của phần mềm Phối hợp Dân vận/);
    }
  });

  it('with a passphrase: refuses an unsigned package, a wrong signature, and a signed package on a PC without one', async () => {
    const signed = signedWith['mat-khau-chung-2021']!;
    expect(await importInto(signed, { passphrase: 'mat-khau-chung-2021' })).toMatchObject({ code: 'ok' });
    const unsigned = await importInto(plain, { passphrase: 'mat-khau-chung-2021' });
    expect(unsigned).toMatchObject({ code: 'rejected_file', unchanged: true });
    expect(unsigned.message).toMatch(/không được ký/);
    const wrong = await importInto(signed, { passphrase: 'mot-cum-khac-hoan-toan' });
    expect(wrong).toMatchObject({ code: 'rejected_file', unchanged: true });
    expect(wrong.message).toMatch(/chữ ký của gói không khớp/);
    // A signature recomputed over an edited manifest with another key is still wrong.
    const forged = await withManifest(signed, (m) => ({ ...m, createdBy: 'Người khác' }), 'khoa-cua-nguoi-khac');
    expect(await importInto(forged, { passphrase: 'mat-khau-chung-2021' })).toMatchObject({ code: 'rejected_file', unchanged: true });
    const noKey = await importInto(signed);
    expect(noKey).toMatchObject({ code: 'rejected_file', unchanged: true });
    expect(noKey.message).toMatch(/máy này chưa đặt/);
  });

  it('signs the canonical manifest: the same manifest gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

/** Offset of the central directory (from the end record). */
function centralDirectory(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22 - DIGEST_CHARS;
  return view.getUint32(eocd + 16, true);
}
