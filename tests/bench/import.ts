import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { createNodeParser } from '../../electron/import/node-parser';
import { precheckWorkbook } from '../../electron/import/precheck';
import { seedCatalogue } from '../helpers/catalogue';

/**
 * Import pipeline cost against the floor: a plain `exceljs` load of the same files in this
 * process. Pipeline = quick precheck in the caller + full precheck and parse in the warm,
 * isolated worker, files queued as a batch import queues them (the caller prechecks the next file
 * while the worker parses). Both sides are warmed up first and timed over several rounds; the
 * median round counts. Only files that pass the precheck are timed: a plain load of a hostile
 * file would take this process down, which is the point of the pipeline.
 */

export interface ImportBench {
  plainLoadMs: number;
  pipelineMs: number;
  ratio: number;
  /** Peak RSS of this (the caller's) process while the pipeline ran. */
  peakRssMb: number;
  /** Same files, each awaited before the next is sent (no overlap of precheck and parse). */
  sequentialPipelineMs: number;
  sequentialRatio: number;
  workerPeakRssMb: number;
  /**
   * CPU time (user + system) instead of wall time: caller + worker for the pipeline, this process
   * for the plain load. Steadier than wall time on a busy machine.
   */
  plainCpuMs: number;
  pipelineCpuMs: number;
  cpuRatio: number;
  files: number;
  skipped: string[];
  /** Loads exceljs itself refused in the plain rounds. */
  plainFailures: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchImport(files: string[], options: { rounds?: number; repeat?: number } = {}): Promise<ImportBench> {
  const rounds = options.rounds ?? 7;
  const all = files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
  const usable = all.filter((f) => precheckWorkbook(f.bytes).ok);
  const skipped = all.filter((f) => !usable.includes(f)).map((f) => f.name);
  const repeat = options.repeat ?? Math.max(1, Math.ceil(100 / Math.max(1, usable.length)));
  const batch = Array.from({ length: repeat }, () => usable).flat();
  const catalogue = seedCatalogue();

  let plainFailures = 0;
  const cpuNow = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const plainCpu: number[] = [];
  const pipelineCpu: number[] = [];
  const plainRound = async () => {
    const cpu0 = cpuNow();
    const started = performance.now();
    for (const f of batch) {
      // A file exceljs cannot read still counts: the time to find out is part of the cost.
      await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer).catch(() => plainFailures++);
    }
    const ms = performance.now() - started;
    plainCpu.push(cpuNow() - cpu0);
    return ms;
  };

  const host = createNodeParser();
  let peakRss = 0;
  let sampling = false;
  const sample = () => {
    if (sampling) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const sampler = setInterval(sample, 5);
  try {
    const pipelineRound = async () => {
      sampling = true;
      const cpu0 = cpuNow() + host.stats.workerCpuMs;
      const started = performance.now();
      await Promise.all(batch.map((f) => host.parse(f.bytes, f.name, catalogue).finally(sample)));
      const ms = performance.now() - started;
      pipelineCpu.push(cpuNow() + host.stats.workerCpuMs - cpu0);
      sampling = false;
      return ms;
    };
    const sequentialRound = async () => {
      const started = performance.now();
      for (const f of batch) await host.parse(f.bytes, f.name, catalogue);
      return performance.now() - started;
    };
    await plainRound();
    await pipelineRound();
    plainCpu.length = 0;
    pipelineCpu.length = 0;
    const plain: number[] = [];
    const pipeline: number[] = [];
    const sequential: number[] = [];
    for (let i = 0; i < rounds; i++) {
      plain.push(await plainRound());
      pipeline.push(await pipelineRound());
      sequential.push(await sequentialRound());
    }
    const plainLoadMs = median(plain);
    const pipelineMs = median(pipeline);
    const sequentialPipelineMs = median(sequential);
    return {
      plainLoadMs: round(plainLoadMs),
      pipelineMs: round(pipelineMs),
      ratio: round(pipelineMs / plainLoadMs, 3),
      peakRssMb: round(peakRss / 1048576, 1),
      sequentialPipelineMs: round(sequentialPipelineMs),
      sequentialRatio: round(sequentialPipelineMs / plainLoadMs, 3),
      workerPeakRssMb: host.stats.workerPeakRssMb,
      plainCpuMs: round(median(plainCpu)),
      pipelineCpuMs: round(median(pipelineCpu)),
      cpuRatio: round(median(pipelineCpu) / median(plainCpu), 3),
      files: batch.length,
      skipped,
      plainFailures,
    };
  } finally {
    clearInterval(sampler);
    await host.close();
  }
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The sample reports that are reports (the two broken samples are refused by the precheck anyway). */
export function sampleReports(): string[] {
  const dir = path.resolve(import.meta.dirname, '../fixtures/samples');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(dir, f));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const files = process.argv.slice(2);
  console.log(JSON.stringify(await benchImport(files.length > 0 ? files : sampleReports()), null, 2));
}
