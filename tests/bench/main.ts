import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildRequested, documentInput } from '../../electron/documents/service';
import { blankForms } from '../../electron/forms/service';
import { createParserHost } from '../../electron/import/isolate';
import { forkWorkerIn } from '../../electron/import/node-fork';
import { REPO_ROOT, SEED_DIR } from '../../electron/node-paths';
import { startServices, type Services } from '../../electron/runtime';
import { indicatorsFor } from '../../shared/domain/plan';
import type { FigurePair } from '../../shared/domain/report';
import { fillForm } from '../helpers/fill-form';
import { cleanDataSet } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { benchDocuments } from './documents';
import { formatFigure, type Figure } from './goals';
import { fillTenYears } from './history';
import { bareNodeProcess, cliProcess, ensureBundle, plainLoadProcess } from './process';
import { benchImport, sampleReports } from './import';
import { benchReconcile } from './reconcile';

/**
 * `npm run bench`: the figures each issue names, each beside its baseline measured in the same run
 * and its goal (ĐẠT / CHƯA). Medians of several rounds after a warm-up. Nothing here fails on
 * time: it prints. On a shared machine the figures are noisy; the ratios less so.
 */
const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-bench-'));
// One warm parser process for the whole run, as in a working session of the app: the bundled
// worker, as the CLI and the app run it (the TypeScript one would carry tsx in its memory).
ensureBundle();
const parser = createParserHost({ fork: forkWorkerIn(path.join(REPO_ROOT, 'dist', 'node')) });
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

async function fullImport(files: { name: string; bytes: Uint8Array }[], round: number, from?: string): Promise<number> {
  const dbPath = path.join(tmp, `import-${from ? 'history-' : ''}${round}.db`);
  if (from) fs.copyFileSync(from, dbPath);
  const s = await open(path.basename(dbPath));
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

/** A database holding ten years at commune scale, closed (checkpointed) so that it copies whole. */
async function tenYearDatabase(): Promise<{ file: string; reports: number }> {
  const s = await open('ten-years.db');
  const reports = await fillTenYears(s.ctx);
  await s.close();
  return { file: path.join(tmp, 'ten-years.db'), reports };
}

/** The quarter and the plan through the bundled CLI as whole processes, against bare Node. */
function wholeProcesses(forms: { name: string; bytes: Uint8Array }[]): Figure[] {
  ensureBundle();
  const dir = fs.mkdtempSync(path.join(tmp, 'process-'));
  const files = forms.map((f) => {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, f.bytes);
    return file;
  });
  const planDb = path.join(dir, 'plan.db');
  cliProcess(['plan', 'show', '--db', planDb], dir);
  plainLoadProcess(files, dir);
  const plan: number[] = [];
  const bare: number[] = [];
  const imports: { ms: number; peakRssMb: number }[] = [];
  const plain: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    plan.push(cliProcess(['plan', 'show', '--json', '--db', planDb], dir).ms);
    bare.push(bareNodeProcess(dir).ms);
    plain.push(plainLoadProcess(files, dir).ms);
    const run = cliProcess(['import', ...files, '--received', '2021-06-18', '--json', '--db', path.join(dir, `quarter-${r}.db`)], dir);
    const statuses = (JSON.parse(run.stdout) as { files: { status: string }[] }).files.map((f) => f.status);
    if (statuses.some((x) => x !== 'accepted')) throw new Error(`CLI import: ${statuses.join(', ')}`);
    imports.push(run);
  }
  return [
    { label: 'Nhập một quý bằng dòng lệnh (cả tiến trình, kể cả khởi động)', value: median(imports.map((i) => i.ms)), unit: 'ms', baseline: { label: 'nạp exceljs thuần, cả tiến trình', value: median(plain) }, goal: { ratio: 1.5 } },
    { label: '`plan show` (cả tiến trình)', value: median(plan), unit: 'ms', baseline: { label: 'Node trống', value: median(bare) }, goal: { max: 500 } },
    { label: 'Bộ nhớ đỉnh tiến trình chính khi nhập một quý (dòng lệnh)', value: Math.max(...imports.map((i) => i.peakRssMb)), unit: 'MB', goal: { max: 150 } },
  ];
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
  const history = await tenYearDatabase();
  const plain: number[] = [];
  const full: number[] = [];
  const intoHistory: number[] = [];
  const workerBefore = parser.stats.workerPeakRssMb;
  for (let r = 0; r < ROUNDS; r++) {
    plain.push(await plainLoad(forms));
    full.push(await fullImport(forms, r));
    intoHistory.push(await fullImport(forms, r, history.file));
  }
  const workerQuarterMb = parser.stats.workerPeakRssMb || workerBefore;
  const samples = await benchImport(sampleReports(), { rounds: ROUNDS });
  console.log('1. Nhập báo cáo (26 báo cáo một quý: mẫu của phần mềm, đã điền)');
  const importFigures: Figure[] = [
    { label: 'Nhập một quý trong tiến trình (kiểm tra, đọc cách ly, băm, lưu CSDL)', value: median(full), unit: 'ms', baseline: { label: 'nạp exceljs thuần', value: median(plain) }, goal: { ratio: 1.25 } },
    ...wholeProcesses(forms),
    { label: 'Bộ nhớ đỉnh tiến trình đọc tệp khi nhập một quý', value: workerQuarterMb, unit: 'MB', goal: { max: 150 } },
    { label: `Nhập một quý vào CSDL đã có 10 năm quy mô xã (${history.reports.toLocaleString('vi-VN')} báo cáo)`, value: median(intoHistory), unit: 'ms', baseline: { label: 'vào CSDL trống', value: median(full) }, goal: { ratio: 1.1 } },
    { label: `Các kiểu tệp mẫu của đơn vị (S1–S8, ${samples.files} lượt tệp): kiểm tra + đọc cách ly`, value: samples.pipelineMs, unit: 'ms', baseline: { label: 'nạp thuần', value: samples.plainLoadMs }, goal: { ratio: 1.25 } },
  ];
  for (const f of importFigures) console.log(formatFigure(f));
  console.log(`   (mẫu S1–S8: bộ nhớ đỉnh tiến trình gọi ${samples.peakRssMb.toFixed(0)} MB — giữ ${samples.files} tệp trong bộ nhớ để đo —, tiến trình đọc tệp ${samples.workerPeakRssMb.toFixed(0)} MB)`);
  console.log('   (CSDL 10 năm: cùng quý, cùng tệp; "như CSDL trống" tính trong sai số đo, ≤ 1,10×)\n');

  const rec = benchReconcile();
  console.log('2. Đối chiếu một kỳ');
  console.log(formatFigure({ label: `Quy mô huyện, 10 năm (${rec.districtReports} báo cáo)`, value: rec.districtScaleMs, unit: 'ms', goal: { max: 100 } }));
  console.log(`         cả năm ${ms(rec.districtScaleYearMs)}; số liệu ${ms(rec.districtFiguresMs)}`);
  console.log(formatFigure({ label: `Quy mô xã, 10 năm (${rec.communeReports} báo cáo)`, value: rec.communeScaleMs, unit: 'ms', goal: { max: 1000 } }));
  console.log(`         cả năm ${ms(rec.communeScaleYearMs)}; số liệu ${ms(rec.communeFiguresMs)}\n`);

  const s = await open('docs.db');
  try {
    await storeDataSet(s.ctx, cleanDataSet({ historyYears: 0 }));
    // A draft: the bench data is never locked, and the gate would refuse the final report.
    const req = { kind: 'six-month' as const, period: '2021-H1', issueDate: '2021-06-15', draft: true };
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
    console.log(formatFigure({ label: 'Báo cáo sơ kết 6 tháng kèm phụ lục: dựng', value: docs.buildMs, unit: 'ms', baseline: { label: 'riêng đóng gói docx', value: docs.packOnlyMs }, goal: { ratio: 1.5 } }));
    console.log(formatFigure({ label: 'Từ dịch vụ số liệu đến tệp (đọc CSDL, tổng hợp, dựng)', value: median(total), unit: 'ms', goal: { max: 1000 } }));
  } finally {
    await s.close();
    await parser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
