import fs from 'node:fs';
import path from 'node:path';

/** Test files live in tests/fixtures (a fresh clone has no shared/ folder beside it). */
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
export const SAMPLES = path.join(FIXTURES, 'samples');
export const CORPORA = path.join(FIXTURES, 'corpora');

export interface Expected {
  file: string;
  reject?: string;
  district_code?: string;
  unit_type?: 'BDV' | 'QS';
  period?: string;
  values?: Record<string, { period: number | null; ytd: number | null }>;
  narrative?: Record<string, string | null>;
  cells?: Record<string, { period: string; ytd: string; scale: number; label_cell: string }>;
}

export function sampleFiles(): { name: string; bytes: Uint8Array; expected: Expected }[] {
  return fs
    .readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((name) => ({
      name,
      bytes: new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))),
      expected: JSON.parse(fs.readFileSync(path.join(SAMPLES, `${name}.expected.json`), 'utf8')) as Expected,
    }));
}

/** Every spreadsheet-like file under a folder (licences and notes excluded). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (!/^(LICENSE|NOTICE|README)|\.(json|md)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}
