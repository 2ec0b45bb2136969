/**
 * The victim of the crash-safety test (tests/unit/db/crash.test.ts). Started with
 * `node --import tsx crash-child.ts <db> <folder> <seed>`, it opens the services on the database
 * the way the CLI does and imports the folder's workbooks one at a time, stage then save, in an
 * order drawn from the seed. The parent SIGKILLs it at random moments.
 *
 * Protocol on stdout, one line per event, written with a synchronous write so that a line the
 * parent reads was written before the kill (on Linux pipes are synchronous anyway; writeSync makes
 * it explicit):
 *   ready                    services open (migrations and seeding done)
 *   staged <sha256> <status> stage returned; save follows when status is accepted/new_version/superseded
 *   saved <sha256> <id> <version>  save returned: the transaction is committed (the acknowledgement)
 *   done                     every file went through
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createNodeParser } from '../../../electron/import/node-parser';
import { SEED_DIR } from '../../../electron/node-paths';
import { startServices } from '../../../electron/runtime';
import { rng } from '../random';

const say = (line: string) => {
  fs.writeSync(1, `${line}\n`);
};

/** "524-BDV lan-03.xlsx" was received on the 3rd resend day: variants of a unit never tie, whatever order they are saved in. */
const receivedDateOf = (name: string) => `2021-06-${String(10 + Number(/lan-(\d+)/.exec(name)?.[1] ?? 0)).padStart(2, '0')}`;

async function main(): Promise<void> {
  const [dbPath, folder, seedArg] = process.argv.slice(2);
  if (!dbPath || !folder) throw new Error('usage: crash-child <db> <folder> <seed>');
  // The order of the files replays from the seed the parent logs.
  const random = rng(Number(seedArg ?? 1));
  const services = await startServices({ dbPath, seedDir: SEED_DIR, shell: 'web', version: '0.0.0-crash', log: () => {}, parser: createNodeParser() });
  say('ready');
  // Files already stored are skipped without parsing, so that every run reaches new saves quickly.
  const stored = new Set((await services.ctx.db.selectFrom('reports').select('content_hash').execute()).map((r) => r.content_hash));
  const files = fs
    .readdirSync(folder)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(folder, name))) }))
    .map((f) => ({ ...f, sha: crypto.createHash('sha256').update(f.bytes).digest('hex'), key: random() }))
    .filter((f) => !stored.has(f.sha))
    .sort((a, b) => a.key - b.key);
  for (const f of files) {
    const staged = await services.importer.stage(f.name, f.bytes);
    say(`staged ${staged.sha256} ${staged.status}`);
    if (staged.status !== 'accepted' && staged.status !== 'new_version' && staged.status !== 'superseded') {
      services.importer.drop(staged.stagingId);
      continue;
    }
    const saved = await services.importer.save(staged.stagingId, receivedDateOf(f.name));
    say(`saved ${staged.sha256} ${saved.reportId} ${saved.version}`);
  }
  say('done');
  await services.close();
}

main().catch((e: unknown) => {
  // The parent fails the test on this line: an import error is not a crash we caused.
  say(`error ${JSON.stringify(String((e as Error).stack ?? e))}`);
  process.exit(3);
});
