import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REJECTION_CODES, type ParseOutcome } from '../../../shared/domain/report';
import type { ParserHost } from '../../../electron/import/isolate';
import { createNodeParser } from '../../../electron/import/node-parser';
import { seedCatalogue } from '../../helpers/catalogue';
import { corpusTable } from './corpus-table';
import { CORPORA, FIXTURES, SAMPLES, filesUnder } from './fixtures';

/**
 * Every file of the corpora (other projects' test files and hostile files) and the samples,
 * through the isolated host: each gets a report or a clear rejection, never by timeout, with
 * the caller's memory staying put and the test process alive.
 */

const TIMEOUT_MS = 20_000;
const files = [...filesUnder(CORPORA), ...filesUnder(SAMPLES)];
const results = new Map<string, { outcome: ParseOutcome }>();
let host: ParserHost;
let rssGrowth = 0;

const rel = (f: string) => path.relative(FIXTURES, f).split(path.sep).join('/');

beforeAll(async () => {
  host = createNodeParser({ timeoutMs: TIMEOUT_MS });
  const cat = seedCatalogue();
  // Warm up (worker start-up is not the files' cost), then measure the caller's memory around the batch.
  await host.parse(new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'bao cao quy 4.xlsx'))), 'warm.xlsx', cat);
  const before = process.memoryUsage.rss();
  let peak = before;
  for (const f of files) {
    const outcome = await host.parse(new Uint8Array(fs.readFileSync(f)), path.basename(f), cat);
    results.set(rel(f), { outcome });
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  rssGrowth = peak - before;
}, 600_000);

afterAll(async () => {
  await host?.close();
});

const codeOf = (name: string) => {
  const r = results.get(name)?.outcome;
  return r ? (r.ok ? 'report' : r.rejection.code) : 'missing';
};

describe('corpus through the isolated parser', () => {
  it('covers every corpus file and sample', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(results.size).toBe(files.length);
  });

  // No wall-clock bound here (it would measure the machine's load): the budgets decide, and
  // "never by timeout" is asserted through the host's counters below.
  it('answers every file with a report or a clear Vietnamese rejection', () => {
    for (const [name, { outcome }] of results) {
      expect(outcome.ok || outcome.rejection.code !== 'timeout', name).toBe(true);
      if (outcome.ok) {
        expect(outcome.report.values, name).toBeTypeOf('object');
        continue;
      }
      expect(REJECTION_CODES, name).toContain(outcome.rejection.code);
      expect(outcome.rejection.message.length, name).toBeGreaterThan(30);
      expect(outcome.rejection.message, name).toMatch(/[à-ỹ]/);
    }
  });

  it('gives the known-hostile files the right rejection', () => {
    expect(codeOf('corpora/hostile/zipbomb-1GiB-sheet.xlsx')).toBe('too_large');
    expect(codeOf('corpora/hostile/merge-A1-XFD1048576.xlsx')).toBe('too_complex');
    expect(codeOf('corpora/hostile/poc-xmlbomb.xlsx')).toBe('corrupt');
    expect(codeOf('corpora/hostile/poc-xmlbomb-empty.xlsx')).toBe('corrupt');
    expect(codeOf('corpora/hostile/54764.xlsx')).toBe('corrupt');
    expect(codeOf('corpora/hostile/doctype-entities.xlsx')).toBe('corrupt');
    expect(codeOf('corpora/hostile/doctype-entities-referenced.xlsx')).toBe('corrupt');
    expect(codeOf('corpora/hostile/truncated-half.xlsx')).toBe('corrupt');
    // An .xls named .xlsx is read as the .xls it is: a workbook, not a report.
    expect(codeOf('corpora/hostile/xls-renamed.xlsx')).toBe('not_a_report');
    expect(codeOf('corpora/calamine/pass_protected.ods')).toBe('encrypted');
    // content.xml repeats a filled cell into ~10^18 cells: refused by the cell cap before SheetJS reads it.
    expect(codeOf('corpora/calamine/issue_594_dos.ods')).toBe('too_complex');
    expect(codeOf('corpora/hostile/encrypted-protect.xlsx')).toBe('encrypted');
    expect(codeOf('corpora/hostile/duplicate-filename.xlsx')).toBe('corrupt');
    expect(codeOf('corpora/calamine/pass_protected.xlsx')).toBe('encrypted');
    // An XML map pointing at an outside schema is never fetched: the file is just not a report.
    expect(codeOf('corpora/hostile/xxe_in_schema.xlsx')).toBe('not_a_report');
  });

  it('answers each corpus file as corpora/README.md says, with a row for every hostile file', () => {
    const table = corpusTable();
    expect(table.size).toBeGreaterThan(40);
    for (const [file, code] of table) expect(codeOf(`corpora/${file}`), file).toBe(code);
    for (const name of results.keys()) {
      const file = name.replace(/^corpora\//, '');
      if (name.startsWith('corpora/hostile/')) expect(table.has(file), `${file} has no row in corpora/README.md`).toBe(true);
      else if (name.startsWith('corpora/') && !table.has(file)) expect(codeOf(name), `${file} is refused but has no row`).toBe('not_a_report');
    }
  });

  it('converts every readable .ods (none is a report) and reads none of the foreign workbooks as a report', () => {
    const ods = [...results].filter(([name]) => name.endsWith('.ods'));
    expect(ods.length).toBeGreaterThan(20);
    for (const [name, { outcome }] of ods) {
      const code = outcome.ok ? 'report' : outcome.rejection.code;
      if (name.endsWith('pass_protected.ods') || name.endsWith('issue_594_dos.ods')) continue;
      expect(code, name).toBe('not_a_report');
    }
    for (const [name, { outcome }] of results) if (name.startsWith('corpora/')) expect(outcome.ok, name).toBe(false);
  });

  it('reads the ten sample reports and refuses the two broken samples', () => {
    const sampleResults = [...results].filter(([n]) => n.startsWith('samples/'));
    expect(sampleResults.filter(([, r]) => r.outcome.ok)).toHaveLength(10);
    expect(codeOf('samples/BC quy 3-2021 BDV Son Tinh.xlsx')).toBe('corrupt');
    expect(codeOf('samples/BC quy II nam 2021 - BCHQS Quang Ngai.xlsx')).toBe('not_xlsx');
  });

  it('keeps the caller’s memory bounded and the worker alive', () => {
    expect(rssGrowth).toBeLessThan(150 * 1024 * 1024);
    expect(host.stats.crashed).toBe(0);
    expect(host.stats.timedOut).toBe(0);
    expect(host.stats.spawned).toBe(1);
  });
});
