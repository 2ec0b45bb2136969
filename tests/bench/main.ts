import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildRequested, documentInput } from '../../electron/documents/service';
import { blankForms } from '../../electron/forms/service';
import { createNodeParser } from '../../electron/import/node-parser';
import { SEED_DIR } from '../../electron/node-paths';
import { startServices, type Services } from '../../electron/runtime';
import { indicatorsFor } from '../../shared/domain/plan';
import type { FigurePair } from '../../shared/domain/report';
import { fillForm } from '../helpers/fill-form';
import { cleanDataSet } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { benchDocuments } from './documents';
import { benchImport, sampleReports } from './import';
import { benchReconcile } from './reconcile';

/**
 * `npm run bench`: the figures each issue names, measured in this process against a baseline run
 * in the same process where a ratio is asked for. Medians of several rounds after a warm-up.
 * Nothing here fails on time: it prints.
 */
const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-bench-'));
// One warm parser process for the whole run, as in a working session of the app.
const parser = createNodeParser();
const open = (name: string) =>
  startServices({ dbPath: path.join(tmp, name), seedDir: SEED_DIR, shell: 'web', version: 'bench', parser: { parse: parser.parse.bind(parser), close: async () => {} }, dailyBackup: false, log: () => {} });

/** One quarter's 26 workbooks as the districts send them back: our blank forms, filled in. */
async function quarterOfForms(s: Services): Promise<{ name: string; bytes: Uint8Array }[]> {
  const { indicators } = await s.importer.catalogue(2021);
  const out = [];
  for (const [n, form] of (await blankForms(s.ctx, '2021-Q2', 'all')).entries()) {
    const values: Record<string, FigurePair> = {};
    for (const [k, i] of indicatorsFor(indicators, form.unitId.endsWith('QS') ? 'QS' : 'BDV').entries()) values[i.code] = { period: n + k, ytd: (n + k) * 2 };
    out.push({ name: form.fileName, bytes: await fillForm(form.bytes, values, { ket_qua_noi_bat: `Kết quả ${form.unitName}` }) });
  }
  return out;
}

async function plainLoad(files: { bytes: Uint8Array }[]): Promise<number> {
  const t = performance.now();
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer);
  return performance.now() - t;
}

async function fullImport(files: { name: string; bytes: Uint8Array }[], round: number): Promise<number> {
  const s = await open(`import-${round}.db`);
  try {
    const t = performance.now();
    // As a batch import runs: files are handed to the parser as they come, each saved once read.
    await Promise.all(
      files.map(async (f) => {
        const staged = await s.importer.stage(f.name, f.bytes);
        if (staged.status !== 'accepted') throw new Error(`${f.name}: ${staged.status}`);
        await s.importer.save(staged.stagingId, '2021-06-18');
      }),
    );
    return performance.now() - t;
  } finally {
    await s.close();
  }
}

async function main() {
  console.log('Phối hợp Dân vận — đo hiệu năng (trung vị của nhiều lượt, sau một lượt khởi động)\n');

  const setup = await open('setup.db');
  const forms = await quarterOfForms(setup);
  await setup.close();
  await plainLoad(forms);
  const warm = await open('warm.db');
  for (const f of forms) warm.importer.drop((await warm.importer.stage(f.name, f.bytes)).stagingId);
  await warm.close();
  const plain: number[] = [];
  const full: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    plain.push(await plainLoad(forms));
    full.push(await fullImport(forms, r));
  }
  const samples = await benchImport(sampleReports(), { rounds: ROUNDS });
  console.log('1. Nhập báo cáo');
  console.log(`   26 báo cáo một quý (mẫu của phần mềm, đã điền): nạp exceljs thuần ${ms(median(plain))}; đầy đủ (kiểm tra, đọc trong tiến trình riêng, lưu CSDL) ${ms(median(full))}; tỉ lệ ${(median(full) / median(plain)).toFixed(2)}×`);
  console.log(`   Các kiểu tệp mẫu của đơn vị (S1–S8, ${sampleReports().length} tệp): nạp thuần ${ms(samples.plainLoadMs)}; kiểm tra + đọc cách ly ${ms(samples.pipelineMs)}; tỉ lệ ${samples.ratio.toFixed(2)}× (mục tiêu ≤ 1,25×)`);
  console.log(`   Bộ nhớ đỉnh: tiến trình chính ${samples.peakRssMb.toFixed(0)} MB, tiến trình đọc tệp ${samples.workerPeakRssMb.toFixed(0)} MB\n`);

  const rec = benchReconcile();
  console.log('2. Đối chiếu một kỳ');
  console.log(`   Quy mô huyện, 10 năm (${rec.districtReports} báo cáo): ${ms(rec.districtScaleMs)} (mục tiêu ≤ 100 ms); cả năm ${ms(rec.districtScaleYearMs)}; số liệu ${ms(rec.districtFiguresMs)}`);
  console.log(`   Quy mô xã, 10 năm (${rec.communeReports} báo cáo): ${ms(rec.communeScaleMs)} (mục tiêu ≤ 1 s); cả năm ${ms(rec.communeScaleYearMs)}; số liệu ${ms(rec.communeFiguresMs)}\n`);

  const s = await open('docs.db');
  try {
    await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }));
    const req = { kind: 'six-month' as const, period: '2021-H1', issueDate: '2021-06-15' };
    const input = await documentInput(s.ctx, req);
    const docs = await benchDocuments(input);
    await buildRequested(s.ctx, req);
    const total: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const t = performance.now();
      await buildRequested(s.ctx, req);
      total.push(performance.now() - t);
    }
    console.log('3. Văn bản');
    console.log(`   Báo cáo sơ kết 6 tháng kèm phụ lục: dựng ${ms(docs.buildMs)}, riêng đóng gói docx ${ms(docs.packOnlyMs)}, tỉ lệ ${docs.ratio.toFixed(2)}×`);
    console.log(`   Từ dịch vụ số liệu đến tệp (đọc CSDL, tổng hợp, dựng): ${ms(median(total))} (mục tiêu ≤ 1 s)`);
  } finally {
    await s.close();
    await parser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
