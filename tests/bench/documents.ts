import { performance } from 'node:perf_hooks';
import { Packer } from 'docx';
import { buildDocument } from '../../electron/documents';
import { buildSixMonthDocument } from '../../electron/documents/review-report';
import type { DocumentInput } from '../../shared/domain/documents';

export interface DocumentsBench {
  /** buildDocument() of the six-month report with its annex section, from the input to the bytes. Target ≤ 1 s. */
  buildMs: number;
  /** Packer.toBuffer() alone, of the same report already built as a docx Document. */
  packOnlyMs: number;
  /** buildMs / packOnlyMs: what our own layout code adds on top of docx's serialisation. */
  ratio: number;
}

const RUNS = 9;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * The six-month report with the annex, timed as the median of several runs after a warm-up (the
 * first runs pay for loading and JIT-compiling docx). Each pack gets its own Document, built just
 * before and outside the timing, so the pack-only time measures docx's serialisation alone. The
 * two are timed in alternation, round by round, so that both see the same state of the machine
 * and of the heap: timed one after the other, a busy second made the ratio swing from 1.0 to 1.8.
 */
export async function benchDocuments(input: DocumentInput): Promise<DocumentsBench> {
  const report: DocumentInput = { ...input, kind: 'six-month' };
  for (let i = 0; i < 2; i++) await buildDocument(report);

  const build: number[] = [];
  const pack: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const doc = buildSixMonthDocument(report);
    let t = performance.now();
    await Packer.toBuffer(doc);
    pack.push(performance.now() - t);
    t = performance.now();
    await buildDocument(report);
    build.push(performance.now() - t);
  }

  const buildMs = median(build);
  const packOnlyMs = median(pack);
  return { buildMs, packOnlyMs, ratio: packOnlyMs > 0 ? buildMs / packOnlyMs : Number.POSITIVE_INFINITY };
}
