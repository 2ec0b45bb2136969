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

const RUNS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * The six-month report with the annex, timed as the median of a few runs after one warm-up (the
 * first run pays for loading and JIT-compiling docx). Each pack gets its own Document, built
 * beforehand and outside the timing, so the pack-only time measures docx's serialisation alone.
 */
export async function benchDocuments(input: DocumentInput): Promise<DocumentsBench> {
  const report: DocumentInput = { ...input, kind: 'six-month' };
  await buildDocument(report);

  const build: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await buildDocument(report);
    build.push(performance.now() - t);
  }

  const docs = Array.from({ length: RUNS }, () => buildSixMonthDocument(report));
  const pack: number[] = [];
  for (const doc of docs) {
    const t = performance.now();
    await Packer.toBuffer(doc);
    pack.push(performance.now() - t);
  }

  const buildMs = median(build);
  const packOnlyMs = median(pack);
  return { buildMs, packOnlyMs, ratio: packOnlyMs > 0 ? buildMs / packOnlyMs : Number.POSITIVE_INFINITY };
}
