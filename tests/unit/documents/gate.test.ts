import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/documents/service';
import { folderSink } from '../../../electron/files/sink';
import { lockPeriod, runReconcile, settleFinding } from '../../../electron/reconcile/service';
import type { Services } from '../../../electron/runtime';
import type { DocumentKind } from '../../../shared/domain/documents';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';
import { readParts, textOf } from '../documents/docx-parts';
import { unsettledHalfYear } from './unsettled-data';

/**
 * No unsettled figure in a signed document (issue 10.1): a final export is refused while the
 * period or a quarter in it has open findings or is not locked; a draft is written anyway with
 * "DỰ THẢO" on every page and in its name; once settled and locked the final export goes through.
 */
let s: Services;
let dir: string;
const H1 = { kind: 'six-month' as DocumentKind, period: '2021-H1', issueDate: '2021-06-25' };

beforeEach(async () => {
  dir = tempDir();
  s = await openTestServices(path.join(dir, 'gate.db'));
  await storeDataSet(s.ctx, unsettledHalfYear());
});
afterEach(async () => s.close());

const sink = () => folderSink(path.join(dir, 'out'));

async function settleAndLock(periods: string[]): Promise<void> {
  for (const period of periods) {
    for (const f of (await runReconcile(s.ctx, period)).findings) {
      if (f.status === 'open' && f.severity !== 'info') await settleFinding(s.ctx, { period, key: f.key, action: 'explain', note: 'Đã liên hệ đơn vị, ghi nhận.' });
    }
    await lockPeriod(s.ctx, period, null);
  }
}

/** The header parts every section of the document points at, with their text. */
async function headerTexts(file: string): Promise<string[]> {
  const parts = await readParts(new Uint8Array(fs.readFileSync(file)));
  const rels = parts['word/_rels/document.xml.rels']!;
  const ids = [...parts['word/document.xml']!.matchAll(/<w:headerReference [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
  expect(ids.length).toBeGreaterThan(0);
  return ids.map((id) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const name = target?.[1] ?? target?.[2];
    return textOf(parts[`word/${name}`]!);
  });
}

describe('the gate on final documents', () => {
  it('refuses the six-month report with the open findings counted by rule, the first named, and the unlocked periods', async () => {
    const err = await exportDocument(s.ctx, sink(), H1).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(err?.code).toBe('unsettled');
    const message = err!.message;
    expect(message.normalize('NFC')).toBe(message);
    // Q1: Bình Sơn's CHQS late (R2); Q2 and H1: Ba Tơ's BDV missing (R1 in both).
    expect(message).toMatch(/^Chưa ban hành được Báo cáo sơ kết 6 tháng đầu năm 2021: /);
    expect(message).toContain('còn 3 điểm chênh lệch chưa xử lý (R1: 2, R2: 1)');
    expect(message).toContain('Ban Chỉ huy Quân sự huyện Bình Sơn – R2: ');
    expect(message).toContain('Ban Dân vận Huyện ủy Ba Tơ – R1: ');
    expect(message).toContain('chưa chốt số liệu Quý I năm 2021, Quý II năm 2021, 6 tháng đầu năm 2021');
    expect(message).toContain('xuất bản dự thảo');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it.each<[DocumentKind, string, string]>([
    ['year', '2021-Y', '2021-12-20'],
    ['annex', '2021-Q2', '2021-06-25'],
    ['annex-xlsx', '2021-H1', '2021-06-25'],
    ['quarter', '2021-Q1', '2021-04-05'],
  ])('refuses %s %s too', async (kind, period, issueDate) => {
    await expect(exportDocument(s.ctx, sink(), { kind, period, issueDate, body: 'QS' })).rejects.toMatchObject({ code: 'unsettled' });
  });

  it('a period with no open finding but not locked is refused, naming only the lock', async () => {
    await settleAndLock(['2021-Q1']);
    await expect(exportDocument(s.ctx, sink(), { kind: 'quarter', period: '2021-Q1', issueDate: '2021-04-05' })).resolves.toMatchObject({ count: 1 });
    for (const f of (await runReconcile(s.ctx, '2021-Q2')).findings) await settleFinding(s.ctx, { period: '2021-Q2', key: f.key, action: 'accept', note: null });
    const err = await exportDocument(s.ctx, sink(), { kind: 'quarter', period: '2021-Q2', issueDate: '2021-06-25' }).catch((e: unknown) => e as { code: string; message: string });
    expect(err).toMatchObject({ code: 'unsettled' });
    expect((err as { message: string }).message).toContain('chưa chốt số liệu Quý II năm 2021');
    expect((err as { message: string }).message).not.toContain('điểm chênh lệch chưa xử lý');
  });

  it('the reminder letter is not gated', async () => {
    await expect(exportDocument(s.ctx, sink(), { kind: 'reminder', period: '2021-Q2', issueDate: '2021-06-25' })).resolves.toMatchObject({ count: 1 });
  });

  it('after settling and locking the quarters and the half year, the final report is written, unmarked', async () => {
    await settleAndLock(['2021-Q1', '2021-Q2']);
    await expect(exportDocument(s.ctx, sink(), H1)).rejects.toMatchObject({ code: 'unsettled', message: expect.stringContaining('chưa chốt số liệu 6 tháng đầu năm 2021') });
    await settleAndLock(['2021-H1']);
    const saved = await exportDocument(s.ctx, sink(), H1);
    expect(path.basename(saved.path!)).toBe('Báo cáo sơ kết 6 tháng đầu năm 2021.docx');
    for (const text of await headerTexts(saved.path!)) expect(text).not.toContain('DỰ THẢO');
    const parts = await readParts(new Uint8Array(fs.readFileSync(saved.path!)));
    expect(textOf(parts['word/document.xml']!)).not.toContain('dự thảo');
  });
});

describe('drafts', () => {
  it('writes the six-month draft with "DỰ THẢO" in every header of every section, in its name, and the open findings at the end', async () => {
    const saved = await exportDocument(s.ctx, sink(), { ...H1, draft: true });
    expect(path.basename(saved.path!)).toBe('Báo cáo sơ kết 6 tháng đầu năm 2021 - DỰ THẢO.docx');
    const headers = await headerTexts(saved.path!);
    // Two sections (report and annex), each with a first-page and a default header.
    expect(headers.length).toBeGreaterThanOrEqual(3);
    for (const text of headers) expect(text).toContain('DỰ THẢO');
    const parts = await readParts(new Uint8Array(fs.readFileSync(saved.path!)));
    const body = textOf(parts['word/document.xml']!);
    const note = body.slice(body.indexOf('GHI CHÚ CỦA BẢN DỰ THẢO'));
    expect(body.indexOf('GHI CHÚ CỦA BẢN DỰ THẢO')).toBeGreaterThan(body.indexOf('Nơi nhận'));
    expect(note).toContain('Còn 3 điểm chênh lệch chưa xử lý (R1: 2, R2: 1)');
    expect(note).toContain('Ban Chỉ huy Quân sự huyện Bình Sơn – R2:');
    expect(note).toContain('Chưa chốt số liệu: Quý I năm 2021, Quý II năm 2021, 6 tháng đầu năm 2021.');
  });

  it('marks the Excel annex draft above the table and in the printed page header, the open findings under the notes', async () => {
    const saved = await exportDocument(s.ctx, sink(), { kind: 'annex-xlsx', period: '2021-Q2', issueDate: '2021-06-25', draft: true });
    expect(path.basename(saved.path!)).toBe('Phụ lục số liệu Quý II năm 2021 - DỰ THẢO.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(saved.path!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(4, 1).value).toBe('DỰ THẢO');
    expect(ws.headerFooter.oddHeader).toContain('DỰ THẢO');
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.join('\n')).toContain('Còn 1 điểm chênh lệch chưa xử lý (R1: 1)');
    expect(texts.join('\n')).toContain('Chưa chốt số liệu: Quý II năm 2021.');
  });

  it('a quarter draft of the Military Command is marked too, and its final version is refused meanwhile', async () => {
    const saved = await exportDocument(s.ctx, sink(), { kind: 'quarter', period: '2021-Q1', issueDate: '2021-04-05', body: 'QS', draft: true });
    expect(path.basename(saved.path!)).toBe('Báo cáo tổng hợp Quý I năm 2021 - Bộ CHQS tỉnh - DỰ THẢO.docx');
    for (const text of await headerTexts(saved.path!)) expect(text).toContain('DỰ THẢO');
    await expect(exportDocument(s.ctx, sink(), { kind: 'quarter', period: '2021-Q1', issueDate: '2021-04-05', body: 'QS' })).rejects.toMatchObject({ code: 'unsettled' });
  });
});
