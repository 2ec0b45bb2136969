import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePreview } from '../../../electron/cli/commands/exchange';
import { manifestHmac, type Manifest } from '../../../electron/exchange/manifest';
import { DIGEST_CHARS, sealDigest } from '../../../electron/exchange/pack';
import { buildPackage, importPackage, previewPackage } from '../../../electron/exchange/service';
import { Importer } from '../../../electron/import/importer';
import { createNodeParser } from '../../../electron/import/node-parser';
import type { ReportParser } from '../../../electron/import/parser';
import type { Services } from '../../../electron/runtime';
import { withServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';
import { dumpAll, FOLDER, importQuarter } from './helpers';

/**
 * Issue 13, point 1–2: the package carries the original workbooks (each once, by sha256) and the
 * importing PC reads them itself through the importer, so its figures are its own reading of the
 * district's file, never only what the other PC says it read.
 */

const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
const FILES = ['BC quy 1-2021 BDV Ba To.xlsx', 'BC quy 1-2021 BCHQS Ba To.xlsx', 'BC quy 1-2021 BDV Binh Son.xlsx', 'BC quy 1-2021 BCHQS Binh Son.xlsx'].map((f) => path.join(FOLDER, f));
const BA_TO_BDV = FILES[0]!;
const FORGED = path.resolve(import.meta.dirname, '../../fixtures/cases/exchange-bytes-ba-to-bdv-q1-gn05-raised.xlsx');

const rows = (db: string, sql: string) => {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    raw.close();
  }
};

/** A parser that counts the files handed to it, over the real isolated one. */
function counting(): ReportParser & { count: number } {
  const inner = createNodeParser();
  const p = { count: 0, parse: (b: Uint8Array, n: string, c: Parameters<ReportParser['parse']>[2]) => (p.count++, inner.parse(b, n, c)), close: () => inner.close() };
  return p;
}


async function exportFrom(db: string, passphrase: string | null = null): Promise<Uint8Array> {
  return withServices(db, async (s) => {
    const set = await s.dispatch('exchange.saveSettings', { section: 'QS' });
    if (!set.ok) throw new Error(set.error.message);
    return (await buildPackage(s.ctx, { year: 2021, passphrase })).bytes;
  });
}

/** A fresh PC B of the other section; `run` gets an importer over a counting parser. */
async function onB<T>(run: (s: Services, importer: Importer, parser: { count: number }, db: string) => Promise<T>, passphrase?: string): Promise<T> {
  const db = path.join(tempDir(), 'b.db');
  const parser = counting();
  try {
    return await withServices(db, async (s) => {
      const set = await s.dispatch('exchange.saveSettings', { section: 'BDV', ...(passphrase ? { passphrase } : {}) });
      if (!set.ok) throw new Error(set.error.message);
      return run(s, new Importer(s.ctx, parser), parser, db);
    });
  } finally {
    await parser.close();
  }
}

/** The package's entries, and a way to write it back as a forger would (sealed again, the HMAC recomputed only with a passphrase). */
async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
  const seal = async (m: Manifest, passphrase?: string) => {
    const next: Manifest = { ...m };
    if (passphrase) next.hmac = manifestHmac(next, passphrase);
    zip.file('manifest.json', JSON.stringify(next));
    const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: '0'.repeat(DIGEST_CHARS) });
    sealDigest(out);
    return out;
  };
  return { zip, manifest, seal };
}

/** The forger's edit: Ba Tơ's BDV workbook replaced by one with GN05 raised; `rename` also renames it and changes reports.json to match. */
async function forge(bytes: Uint8Array, o: { rename: boolean; passphrase?: string }): Promise<Uint8Array> {
  const { zip, manifest, seal } = await open(bytes);
  const oldSha = sha(fs.readFileSync(BA_TO_BDV));
  const forged = new Uint8Array(fs.readFileSync(FORGED));
  const newSha = sha(forged);
  const oldName = `workbooks/${oldSha}.xlsx`;
  const entries = { ...manifest.entries };
  delete entries[oldName];
  if (o.rename) {
    zip.remove(oldName);
    zip.file(`workbooks/${newSha}.xlsx`, forged, { createFolders: false });
    entries[`workbooks/${newSha}.xlsx`] = newSha;
    const reports = (await zip.file('reports.json')!.async('string')).replaceAll(oldSha, newSha);
    zip.file('reports.json', reports, { createFolders: false });
    entries['reports.json'] = sha(new TextEncoder().encode(reports));
  } else {
    zip.file(oldName, forged, { createFolders: false });
    entries[oldName] = newSha;
  }
  return seal({ ...manifest, entries }, o.passphrase);
}

let dirA: string;
let dbA: string;
let plain: Uint8Array;

// Section A's PC lives for the whole file (tempDir folders go after each test).
beforeAll(async () => {
  dirA = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-a-'));
  dbA = path.join(dirA, 'a.db');
  await importQuarter(dbA, FILES, '2021-03-19');
  plain = await exportFrom(dbA);
}, 60_000);

afterAll(() => fs.rmSync(dirA, { recursive: true, force: true }));

describe('the original workbooks (issue 13)', () => {
  it('an import keeps each file’s original bytes once per sha256, in the save’s transaction; the same bytes again add no copy', async () => {
    const kept = rows(dbA, 'SELECT sha256, file_name, bytes, size FROM report_files ORDER BY file_name');
    expect(kept.map((r) => r.file_name).sort()).toEqual(FILES.map((f) => path.basename(f)).sort());
    for (const r of kept) {
      const file = fs.readFileSync(path.join(FOLDER, r.file_name as string));
      expect(r.sha256).toBe(sha(file));
      expect(Buffer.compare(r.bytes as Buffer, file)).toBe(0);
      expect(r.size).toBe(file.byteLength);
    }
    // Every stored report has its bytes: the report's content_hash is a report_files row.
    expect(rows(dbA, 'SELECT r.id FROM reports r LEFT JOIN report_files f ON f.sha256 = r.content_hash WHERE f.sha256 IS NULL')).toEqual([]);

    const again = path.join(tempDir(), 'Ba To BDV gui lai.xlsx');
    fs.copyFileSync(BA_TO_BDV, again);
    const db = path.join(tempDir(), 'dup.db');
    await importQuarter(db, [BA_TO_BDV, again], '2021-03-19');
    expect(rows(db, 'SELECT COUNT(*) AS n FROM report_files')[0]!.n).toBe(1);
    expect(rows(db, 'SELECT COUNT(*) AS n FROM duplicate_arrivals')[0]!.n).toBe(1);
  });

  it('the package carries every kept workbook once, as workbooks/<sha256>.xlsx listed in the manifest with its sha256, byte for byte', async () => {
    const { zip, manifest } = await open(plain);
    const names = Object.keys(zip.files).filter((n) => n.startsWith('workbooks/')).sort();
    const shas = FILES.map((f) => sha(fs.readFileSync(f)));
    expect(names).toEqual(shas.map((s) => `workbooks/${s}.xlsx`).sort());
    for (const f of FILES) {
      const s = sha(fs.readFileSync(f));
      expect(manifest.entries[`workbooks/${s}.xlsx`]).toBe(s);
      expect(sha(await zip.file(`workbooks/${s}.xlsx`)!.async('uint8array'))).toBe(s);
    }
  });

  it('a report stored before its bytes were kept travels "as read" only, and the preview says how many', async () => {
    const db = path.join(tempDir(), 'old.db');
    fs.copyFileSync(dbA, db);
    const raw = new Database(db);
    raw.prepare('DELETE FROM report_files WHERE file_name LIKE ?').run('%Binh Son%');
    raw.close();
    const bytes = await exportFrom(db);
    const { zip } = await open(bytes);
    expect(Object.keys(zip.files).filter((n) => n.startsWith('workbooks/'))).toHaveLength(2);
    await onB(async (s, importer, parser) => {
      const preview = await previewPackage(s.ctx, importer, { fileName: 'goi.pdvtd', bytes });
      expect(parser.count).toBe(2);
      expect(preview.reports.withoutWorkbook).toBe(2);
      expect(describePreview(preview, true)).toContain('2 báo cáo không kèm tệp gốc');
      expect(preview.reports.incoming.map((r) => r.outcome)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    });
  });

  it('the importing PC parses each workbook once, saves what it reads (the sender’s figures), keeps the bytes, and a second import writes nothing', async () => {
    await onB(async (s, importer, parser, dbB) => {
      const result = await importPackage(s.ctx, importer, { fileName: 'goi.pdvtd', bytes: plain });
      expect(parser.count).toBe(FILES.length);
      expect(result.reports.incoming.map((r) => r.outcome)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
      expect(result.reports.withoutWorkbook).toBe(0);
      const figures = (db: string) => rows(db, 'SELECT r.content_hash, r.received_date, r.report_date, v.indicator_code, v.period_value, v.ytd_value FROM report_values v JOIN reports r ON r.id = v.report_id ORDER BY 1, 4');
      expect(figures(dbB)).toEqual(figures(dbA));
      expect(rows(dbB, 'SELECT sha256 FROM report_files ORDER BY 1')).toEqual(rows(dbA, 'SELECT sha256 FROM report_files ORDER BY 1'));
      // The importer's own audit rows, naming the package.
      const audits = rows(dbB, "SELECT new_value, reason FROM audit_log WHERE action = 'import'");
      expect(audits).toHaveLength(4);
      for (const a of audits) {
        expect(JSON.parse(a.new_value as string).source).toMatchObject({ package: 'goi.pdvtd', section: 'QS' });
        expect(a.reason).toContain('Từ gói trao đổi "goi.pdvtd"');
      }

      s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
      const before = dumpAll(dbB);
      const second = await importPackage(s.ctx, importer, { fileName: 'goi.pdvtd', bytes: plain });
      s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
      expect(second.changes).toBe(false);
      expect(second.reports.incoming.every((r) => r.outcome === 'duplicate')).toBe(true);
      expect(dumpAll(dbB)).toEqual(before);
    });
  });

  it('a workbook whose bytes were changed under its own name, the manifest updated to match, is refused as a changed package', async () => {
    const forged = await forge(plain, { rename: false });
    await onB(async (s, importer, _parser, dbB) => {
      s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
      const before = dumpAll(dbB);
      await expect(importPackage(s.ctx, importer, { fileName: 'goi.pdvtd', bytes: forged })).rejects.toThrow(/đã bị thay đổi/);
      s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
      expect(dumpAll(dbB)).toEqual(before);
    });
  });

  it('with a shared passphrase, a forger who changes a workbook and updates every sha256 consistently is refused by the HMAC', async () => {
    const db = path.join(tempDir(), 'a-signed.db');
    fs.copyFileSync(dbA, db);
    const signed = await exportFrom(db, 'mat-khau-chung-2021');
    const forged = await forge(signed, { rename: true });
    await onB(async (s, importer, parser, dbB) => {
      s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
      const before = dumpAll(dbB);
      await expect(importPackage(s.ctx, importer, { fileName: 'goi.pdvtd', bytes: forged })).rejects.toThrow(/chữ ký của gói không khớp/);
      expect(parser.count).toBe(0);
      s.ctx.raw.pragma('wal_checkpoint(TRUNCATE)');
      expect(dumpAll(dbB)).toEqual(before);
    }, 'mat-khau-chung-2021');
  });

  it('without a passphrase the forged workbook is parsed; reading otherwise than reports.json it is not saved but kept as a report conflict naming the cell', async () => {
    const forged = await forge(plain, { rename: true });
    await onB(async (s, importer, parser, dbB) => {
      const result = await importPackage(s.ctx, importer, { fileName: 'goi.pdvtd', bytes: forged });
      expect(parser.count).toBe(FILES.length);
      const baTo = result.reports.incoming.find((r) => r.sha256 === sha(fs.readFileSync(FORGED)))!;
      expect(baTo.outcome).toBe('workbook_differs');
      expect(baTo.message).toMatch(/GN05 \(trong kỳ, ô Báo cáo!E\d+\): gói ghi [\d.,]+, máy này đọc [\d.,]+/);
      expect(result.reports.incoming.filter((r) => r.outcome === 'accepted')).toHaveLength(3);
      // Not saved, under either figure.
      expect(rows(dbB, `SELECT id FROM reports WHERE file_name = '${path.basename(BA_TO_BDV)}'`)).toEqual([]);
      const [conflict] = rows(dbB, "SELECT kind, finding_key, ours_json, theirs_json FROM exchange_conflicts WHERE kind = 'report'");
      expect(conflict!.finding_key).toMatch(/^workbook\/2021-Q1\/\d{3}-BDV\//);
      const ours = JSON.parse(conflict!.ours_json as string) as { differences: { indicator: string; field: string; sheet: string; cell: string; package: number; parsed: number }[] };
      const theirs = JSON.parse(conflict!.theirs_json as string) as { values: Record<string, { period: number }> };
      expect(ours.differences.map((d) => `${d.indicator}/${d.field}`)).toEqual(['GN05/period', 'GN05/ytd']);
      expect(ours.differences[0]).toMatchObject({ sheet: 'Báo cáo', cell: expect.stringMatching(/^E\d+$/), package: theirs.values.GN05!.period });
      expect(ours.differences[0]!.parsed).toBe(ours.differences[0]!.package + 10);
    });
  });
});
