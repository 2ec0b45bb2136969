import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeParser } from '../../../electron/import/node-parser';
import { Importer } from '../../../electron/import/importer';
import type { ReportParser } from '../../../electron/import/parser';
import { openTestContext } from '../../helpers/services';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/samples');
const A = fs.readFileSync(path.join(SAMPLES, 'NghiaHanh_BDV_Q1_2021.xlsx'));
const B = fs.readFileSync(path.join(SAMPLES, 'BaTo_BCHQS_Q4_2021.xlsx'));
const real = createNodeParser();
afterAll(() => real.close());

/** The real parser, but the first file's result comes back last, as a big first file's would. */
function firstFileLast(delayMs: number): ReportParser {
  let calls = 0;
  return {
    parse: async (bytes, name, catalogue) => {
      const slow = calls++ === 0;
      const outcome = await real.parse(bytes, name, catalogue);
      if (slow) await new Promise((r) => setTimeout(r, delayMs));
      return outcome;
    },
    close: async () => {},
  };
}

describe('files staged together (the CLI parses a few ahead)', () => {
  it.each([0, 400])('weighs each file against those handed in before it: the later twin is the duplicate (first result %i ms late)', async (delay) => {
    const ctx = await openTestContext();
    try {
      const importer = new Importer(ctx, firstFileLast(delay));
      const staged = await Promise.all([importer.stage('dau.xlsx', A), importer.stage('khac.xlsx', B), importer.stage('gui-lai.xlsx', A)]);
      expect(staged.map((s) => s.status)).toEqual(['accepted', 'accepted', 'duplicate']);
      expect(staged[2]!.reason?.message).toContain('"dau.xlsx"');
      const again = await importer.refresh(staged.map((s) => ({ stagingId: s.stagingId })));
      expect(again.map((s) => s.status)).toEqual(['accepted', 'accepted', 'duplicate']);
    } finally {
      await ctx.close();
    }
  });
});
