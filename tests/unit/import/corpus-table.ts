import fs from 'node:fs';
import path from 'node:path';
import { CORPORA } from './fixtures';

/**
 * The answers tests/fixtures/corpora/README.md promises, row by row: its tables map each upstream
 * file (`54764.xlsx`, `clusterfuzz-…`) to the case it stands for and the importer's answer. Read
 * here so that the table is checked against the real results rather than going stale beside them.
 */
export function corpusTable(): Map<string, string> {
  const rows = new Map<string, string>();
  const readme = fs.readFileSync(path.join(CORPORA, 'README.md'), 'utf8');
  for (const line of readme.split('\n')) {
    const row = /^\| `([^`]+)` \|.*\| `([a-z_]+)` \|$/.exec(line.trim());
    if (!row) continue;
    if (rows.has(row[1]!)) throw new Error(`corpora/README.md names ${row[1]} twice`);
    rows.set(row[1]!, row[2]!);
  }
  return rows;
}
