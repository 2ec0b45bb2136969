import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { exportDocument, getDraftFor, saveDraftFor } from '../../../electron/documents/service';
import { wovenFigure } from '../../../electron/documents/sentences';
import { folderSink } from '../../../electron/files/sink';
import { lockPeriod, periodFigures } from '../../../electron/reconcile/service';
import type { Services } from '../../../electron/runtime';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/documents';
import type { DocumentSettings } from '../../../shared/domain/document-settings';
import type { PlanBundle } from '../../../shared/domain/plan';
import { cleanDataSet } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { hasPdfTools, hasValidator, pdfText, squash, toPdf, validateDocx } from '../documents/external-tools';

/**
 * Documents built through the service from stored reports: the figures come from the figures
 * service, every kind passes the schema check and opens in LibreOffice, and the PDF text carries
 * the province totals exactly as the figures service gives them.
 */
let s: Services;
let dir: string;
let bundle: PlanBundle;
const periodOf: Record<DocumentKind, string> = { 'six-month': '2021-H1', year: '2021-Y', annex: '2021-Q2', 'annex-xlsx': '2021-Q2', quarter: '2021-Q3', reminder: '2021-Q4' };
const files = {} as Record<DocumentKind, string>;
/** Each on or after the end of its period's data window; the year report is a draft (Q4 has a unit missing). */
const issueDateOf: Record<DocumentKind, string> = { 'six-month': '2021-06-25', year: '2021-12-25', annex: '2021-06-25', 'annex-xlsx': '2021-06-25', quarter: '2021-09-25', reminder: '2021-12-25' };

beforeAll(async () => {
  // Not tempDir(): that one is emptied after each test, and these files serve the whole file.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-docsvc-'));
  s = await openTestServices(path.join(dir, 'docs.db'));
  const ds = cleanDataSet({ historyYears: 0 });
  // Q4: Lý Sơn's Ban CHQS has not reported, so there is somebody to remind.
  ds.reports = ds.reports.filter((r) => !(r.period === '2021-Q4' && r.districtCode === '536' && r.unitType === 'QS'));
  await storeDataSet(s.ctx, ds);
  const r = await s.dispatch('plan.get', { year: 2021 });
  bundle = (r as { ok: true; value: PlanBundle }).value;
  const sink = folderSink(path.join(dir, 'out'));
  // Final documents need their periods settled and locked (issue 10.1): the clean data has nothing open.
  for (const period of ['2021-Q1', '2021-Q2', '2021-Q3', '2021-H1']) await lockPeriod(s.ctx, period, null);
  for (const kind of DOCUMENT_KINDS) {
    const saved = await exportDocument(s.ctx, sink, { kind, period: periodOf[kind], issueDate: issueDateOf[kind], body: 'QS', draft: kind === 'year' });
    files[kind] = saved.path!;
  }
}, 120_000);
afterAll(async () => {
  await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('documents from stored, reconciled reports', () => {
  it('writes every kind with a Vietnamese file name', () => {
    expect(path.basename(files['six-month'])).toBe('Báo cáo sơ kết 6 tháng đầu năm 2021.docx');
    expect(path.basename(files['annex-xlsx'])).toBe('Phụ lục số liệu Quý II năm 2021.xlsx');
    expect(path.basename(files.quarter)).toBe('Báo cáo tổng hợp Quý III năm 2021 - Bộ CHQS tỉnh.docx');
    for (const f of Object.values(files)) expect(fs.statSync(f).size).toBeGreaterThan(5000);
  });

  it.skipIf(!hasValidator)('every Word document passes the ECMA-376 schema check', () => {
    const word = DOCUMENT_KINDS.filter((k) => k !== 'annex-xlsx').map((k) => files[k]);
    const r = validateDocx(word);
    expect(r.output).not.toContain('schema errors');
    expect(r.ok).toBe(true);
  });

  it.skipIf(!hasPdfTools)('opens in LibreOffice; the six-month report prints the figures service totals and the seed signatories', async () => {
    const [pdf] = toPdf([files['six-month']], dir);
    const text = pdfText(pdf!);
    const figures = await periodFigures(s.ctx, '2021-H1');
    for (const code of ['TT01', 'TT02', 'GN02', 'LV06', 'DK03']) {
      const ind = bundle.indicators.find((i) => i.code === code)!;
      const total = figures.province.byIndicator[code]!;
      expect(total).toBeGreaterThan(0);
      expect(text).toContain(squash(wovenFigure(ind, total)));
    }
    for (const heading of ['BÁO CÁO', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY QUẢNG NGÃI', 'BỘ CHỈ HUY QUÂN SỰ TỈNH', 'Nơi nhận', 'Võ Tấn Tài', 'Lê Văn Dũng', 'Ban Dân vận Trung ương']) expect(text).toContain(heading);
  }, 120_000);

  it.skipIf(!hasPdfTools)('the reminder letter names the unit that has not reported', () => {
    const [pdf] = toPdf([files.reminder], dir);
    expect(pdfText(pdf!)).toContain('Ban Chỉ huy Quân sự huyện Lý Sơn');
  }, 120_000);

  it('changes the signatory when the settings change', async () => {
    const cur = (await s.dispatch('settings.getDocument', { year: 2021 })) as { ok: true; value: DocumentSettings };
    await s.dispatch('settings.saveDocument', { year: 2021, settings: { ...cur.value, signerBdv: { ...cur.value.signerBdv, name: 'Nguyễn Thị Hoa' } } });
    const saved = await exportDocument(s.ctx, folderSink(path.join(dir, 'out2')), { kind: 'six-month', period: '2021-H1', issueDate: '2021-06-25' });
    const { previewDocx } = await import('../../../electron/documents/preview');
    const text = previewDocx(new Uint8Array(fs.readFileSync(saved.path!)))
      .map((b) => (b.type === 'p' ? b.text : b.type === 'table' ? b.rows.flat().join(' ') : ''))
      .join(' ');
    expect(text).toContain('Nguyễn Thị Hoa');
    expect(text).not.toContain('Lê Văn Dũng');
  });

  it('prefills the prose from the districts narratives and keeps what the user saves', async () => {
    const draft = await getDraftFor(s.ctx, 'six-month', '2021-H1');
    expect(draft.savedAt).toBeNull();
    // The synthetic narratives name no content area: they are offered as strengths in the assessment.
    expect(draft.prose.assessment).toMatch(/^- Tại huyện Bình Sơn, kết quả nổi bật của 524-BDV\.$/m);
    expect(draft.prose.picks!.strengths.flatMap((i) => i.sources)).toContainEqual({ unit: 'Ban Dân vận huyện Bình Sơn', period: '2021-Q1' });
    // Locked in beforeAll, so the final report could be written.
    expect(draft.warnings).toMatchObject({ openFindings: 0, missingUnits: [], locked: true });
    const picks = draft.prose.picks!;
    const [first, second] = picks.strengths;
    // The clerk writes a proposal, leaves the first strength out and puts an edited second one first.
    await saveDraftFor(s.ctx, 'six-month', '2021-H1', {
      ...draft.prose,
      picks: { ...picks, proposals: [{ text: 'Đề nghị tăng kinh phí.', chosen: true, sources: [] }], strengths: [{ ...second!, text: 'Ưu điểm đã sửa.' }, { ...first!, chosen: false }, ...picks.strengths.slice(2)] },
    });
    const again = await getDraftFor(s.ctx, 'six-month', '2021-H1');
    expect(again.prose.proposals).toBe('- Đề nghị tăng kinh phí.');
    expect(again.prose.assessment.split('\n').slice(0, 2)).toEqual(['Ưu điểm:', '- Ưu điểm đã sửa.']);
    expect(again.prose.assessment).not.toContain(first!.text);
    expect(again.prose.picks!.strengths[1]).toEqual({ ...first!, chosen: false });
    expect(again.savedBy).toBeTruthy();
    await expect(getDraftFor(s.ctx, 'six-month', '2021-Q2')).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('exports from the CLI', async () => {
    const out = path.join(dir, 'cli', 'phu-luc.xlsx');
    const dbPath = s.ctx.dbPath;
    await s.close();
    const run = await cli(['export', '--db', dbPath, '--kind', 'annex-xlsx', '--period', '2021-Q2', '--date', '2021-06-25', '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ kind: 'annex-xlsx', file: out });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    s = await openTestServices(dbPath);
  });
});
