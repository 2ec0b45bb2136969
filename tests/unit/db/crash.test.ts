import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { replaceDatabaseFile } from '../../../electron/backup/service';
import { timestampedName } from '../../../electron/db/backup';
import { openTestServices } from '../../helpers/services';
import { checkDatabase } from '../../helpers/trust/check-db';
import { canInspectProcesses, childPids, commandLine, isRunning } from '../../helpers/trust/processes';
import { rng, seedFromEnv } from '../../helpers/random';
import { prepareWorkbooks } from '../../helpers/trust/workbooks';
import { tempDir } from '../../helpers/temp';

/**
 * "Nothing lost": a process importing reports is SIGKILLed at random moments, again and again on
 * the same database, and after every kill the file must be intact, hold every report whose save
 * was acknowledged, and hold no report in part. SIGKILL is the harshest end a process can meet
 * short of a power cut: no exit handlers, no flush, no rollback in our code — only SQLite's
 * journal stands between a half-written save and the disk.
 *
 * Two lanes run side by side (two cores), each with its own database that accumulates across its
 * kills. Replay a failure's kill schedule with PHDV_TRUST_SEED=<seed> (timing still varies).
 */

const LANES = 2;
const KILLS_PER_LANE = 25;
const MAX_CYCLES_PER_LANE = 60;
const VARIANTS_PER_UNIT = 8;
/** An orphaned parse worker must be gone within this long after its parent was killed. */
const ORPHAN_GRACE_MS = 5_000;

const CHILD = path.resolve(import.meta.dirname, '../../helpers/trust/crash-child.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * When to kill. `startup`: a delay after spawn (opening, migrating, seeding, starting the parser).
 * `in-save`: a few milliseconds after the child said it staged its nth savable file, aiming at the
 * save transaction (a save takes ~5–15 ms). `anywhere`: a delay after the first staged file, while
 * files are being parsed and saved back to back.
 */
type KillPlan = { kind: 'startup'; afterMs: number } | { kind: 'in-save'; nth: number; jitterMs: number } | { kind: 'anywhere'; afterMs: number };

interface Cycle {
  plan: KillPlan;
  killed: boolean;
  acked: Map<string, { id: number; version: number }>;
  staged: number;
  done: boolean;
  error: string | null;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
  /** The child's own children (the parse worker) seen before the kill. */
  workers: number[];
}

/** `unsaved`: files of the folder this lane has not stored yet; an in-save kill needs one to aim at. */
function planKill(random: () => number, cycle: number, unsaved: number): KillPlan {
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  // The very first save on a fresh database, then a start-up on a barely seeded one.
  if (cycle === 0) return { kind: 'in-save', nth: 1, jitterMs: between(0, 8) };
  if (cycle === 1) return { kind: 'startup', afterMs: between(200, 2000) };
  const r = random();
  if (r < 0.2) return { kind: 'startup', afterMs: between(0, 2200) };
  if (r < 0.6) {
    const nth = 1 + Math.floor(random() * 6);
    // Once the lane has stored (nearly) every file, that save never comes: the child would finish unkilled.
    if (nth <= unsaved) return { kind: 'in-save', nth, jitterMs: between(0, 12) };
  }
  return { kind: 'anywhere', afterMs: between(0, 600) };
}

function runCycle(dbPath: string, folder: string, childSeed: number, plan: KillPlan): Promise<Cycle> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX, CHILD, dbPath, folder, String(childSeed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const c: Cycle = { plan, killed: false, acked: new Map(), staged: 0, done: false, error: null, exit: { code: null, signal: null }, stderr: '', workers: [] };
    const timers: ReturnType<typeof setTimeout>[] = [];
    let savable = 0;
    const noteWorkers = () => {
      for (const pid of child.pid ? childPids(child.pid) : []) if (!c.workers.includes(pid)) c.workers.push(pid);
    };
    const kill = () => {
      if (c.killed || child.exitCode !== null || child.signalCode !== null) return;
      noteWorkers();
      c.killed = child.kill('SIGKILL');
    };
    const later = (ms: number) => timers.push(setTimeout(kill, ms));
    if (plan.kind === 'startup') later(plan.afterMs);

    let buffer = '';
    const onLine = (line: string) => {
      const [word, sha, a, b] = line.split(' ');
      if (word === 'staged') {
        c.staged++;
        if (c.staged === 1) {
          noteWorkers();
          if (plan.kind === 'anywhere') later(plan.afterMs);
        }
        if ((a === 'accepted' || a === 'new_version' || a === 'superseded') && plan.kind === 'in-save' && ++savable === plan.nth) later(plan.jitterMs);
      } else if (word === 'saved' && sha) c.acked.set(sha, { id: Number(a), version: Number(b) });
      else if (word === 'done') c.done = true;
      else if (word === 'error') c.error = line;
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        onLine(buffer.slice(0, i));
        buffer = buffer.slice(i + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      c.stderr = (c.stderr + chunk).slice(-2000);
    });
    // 'close' comes after the pipes are drained: every line written before the kill has been read.
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      c.exit = { code, signal };
      resolve(c);
    });
  });
}

/** Waits for the given worker pids to end; returns those still running after the grace period. */
async function survivors(pids: number[], graceMs: number): Promise<number[]> {
  const deadline = Date.now() + graceMs;
  let alive = pids.filter(isRunning);
  while (alive.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    alive = alive.filter(isRunning);
  }
  return alive;
}

interface LaneResult {
  kills: number;
  cycles: number;
  acked: number;
  stored: number;
  byKind: Record<KillPlan['kind'], number>;
  orphans: string[];
}

async function runLane(lane: number, seed: number, folder: string, prepared: Awaited<ReturnType<typeof prepareWorkbooks>>, stop: { now: boolean }): Promise<LaneResult> {
  const random = rng(seed + lane);
  let dbPath = path.join(tempDir(`phdv-crash-${lane}-`), 'crash.db');
  const everAcked = new Map<string, { id: number; version: number }>();
  let seen = new Set<number>();
  const result: LaneResult = { kills: 0, cycles: 0, acked: 0, stored: 0, byKind: { startup: 0, 'in-save': 0, anywhere: 0 }, orphans: [] };
  const stray: number[] = [];
  try {
    for (let cycle = 0; result.kills < KILLS_PER_LANE && cycle < MAX_CYCLES_PER_LANE && !stop.now; cycle++) {
      // A lane that has stored every file would only read duplicates again, which end before most
      // kills land: it goes on with a fresh database (start-up on an empty file included).
      if (result.stored >= prepared.size) {
        dbPath = path.join(tempDir(`phdv-crash-${lane}-`), 'crash.db');
        everAcked.clear();
        seen = new Set();
        result.stored = 0;
      }
      const plan = planKill(random, cycle, prepared.size - everAcked.size);
      const c = await runCycle(dbPath, folder, Math.floor(random() * 2 ** 31), plan);
      result.cycles++;
      const where = `seed ${seed}, lane ${lane}, cycle ${cycle}, plan ${JSON.stringify(plan)}, exit ${JSON.stringify(c.exit)}`;
      // A child that failed on its own (not by our kill) is a bug in the import, not a crash we caused.
      expect(c.error, `${where}: ${c.error}\n${c.stderr}`).toBeNull();
      expect(c.killed || c.done, `${where}: child ended by itself without finishing\n${c.stderr}`).toBe(true);
      if (c.killed) {
        result.kills++;
        result.byKind[plan.kind]++;
      }
      for (const [sha, r] of c.acked) everAcked.set(sha, r);

      const state = checkDatabase(dbPath, prepared);
      expect(state.problems, where).toEqual([]);
      // Every acknowledged save survives, with the id and version the child was told.
      const stored = new Map(state.reports.map((r) => [r.sha, r]));
      const lost = [...everAcked].filter(([sha, r]) => stored.get(sha)?.id !== r.id || stored.get(sha)?.version !== r.version);
      expect(lost, `${where}: acknowledged reports missing`).toEqual([]);
      // Nothing that was stored disappears later, acknowledged or not (a commit the kill cut off before the ack).
      const now = new Set(state.reports.map((r) => r.id));
      expect([...seen].filter((id) => !now.has(id)), `${where}: stored reports vanished`).toEqual([]);
      seen = now;

      result.acked = everAcked.size;
      result.stored = state.reports.length;
      // The parse worker must not outlive the process that started it. One orphan is enough to
      // fail; stop the lane rather than wait out the grace period after every kill.
      const alive = await survivors(c.workers, ORPHAN_GRACE_MS);
      for (const pid of alive) {
        result.orphans.push(`${where}: pid ${pid} ${commandLine(pid)}`);
        stray.push(pid);
      }
      if (alive.length) break;
    }
  } catch (e) {
    // The other lane stops after its current cycle instead of running on after the failure.
    stop.now = true;
    throw e;
  } finally {
    // Orphans we found are ours to end (by pid): never leave them running after the test.
    for (const pid of stray) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  return result;
}

describe('crash safety of saving reports', () => {
  it(
    `survives ${LANES * KILLS_PER_LANE} SIGKILLs during start-up, parsing and saving: intact file, acknowledged reports kept, no partial report`,
    async () => {
      const seed = seedFromEnv(Date.now() % 100_000);
      const folder = tempDir('phdv-crash-files-');
      const prepared = await prepareWorkbooks(folder, tempDir('phdv-crash-forms-'), { variants: VARIANTS_PER_UNIT });
      const started = performance.now();
      const stop = { now: false };
      const settled = await Promise.allSettled(Array.from({ length: LANES }, (_, lane) => runLane(lane, seed, folder, prepared, stop)));
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      const lanes = settled.map((r) => (r as PromiseFulfilledResult<LaneResult>).value);
      const summary = { seed, seconds: Math.round((performance.now() - started) / 1000), lanes };
      console.info(`crash test: ${JSON.stringify(summary)}`);

      if (canInspectProcesses()) expect(lanes.flatMap((l) => l.orphans)).toEqual([]);
      const total = (k: keyof LaneResult) => lanes.reduce((s, l) => s + (l[k] as number), 0);
      expect(total('kills'), JSON.stringify(summary)).toBeGreaterThanOrEqual(LANES * KILLS_PER_LANE);
      // The schedule must really have hit saves: acknowledged reports exist, and kills of every kind happened.
      expect(total('acked')).toBeGreaterThan(LANES * 10);
      for (const kind of ['startup', 'in-save', 'anywhere'] as const) expect(lanes.reduce((s, l) => s + l.byKind[kind], 0), kind).toBeGreaterThan(0);
    },
    // A limit on the whole run, not a time it must meet: the same 50 kills take about a minute on an
    // idle machine and several on a loaded one, where it must pass too.
    900_000,
  );
});

describe('the checks the crash test relies on', () => {
  it('notice a report stored in part, rows without their report, a unit without a current version, changed figures', async () => {
    const folder = tempDir('phdv-check-files-');
    const prepared = await prepareWorkbooks(folder, tempDir('phdv-check-forms-'), { variants: 2, units: 2 });
    const dbPath = path.join(tempDir('phdv-check-'), 'check.db');
    const s = await openTestServices(dbPath);
    try {
      for (const f of [...prepared.values()]) {
        const staged = await s.importer.stage(f.fileName, new Uint8Array(fs.readFileSync(path.join(folder, f.fileName))));
        // Resends of a unit on different days: the later one counts (the same day with no report date would be asked about).
        await s.importer.save(staged.stagingId, f.fileName.includes('lan-02') ? '2021-06-21' : '2021-06-20');
      }
    } finally {
      await s.close();
    }
    const clean = checkDatabase(dbPath, prepared);
    expect(clean.problems).toEqual([]);
    expect(clean.reports).toHaveLength(4);

    // Each damage on a fresh copy of the good file; each must be reported.
    const damaged = (sql: string): string[] => {
      const copy = path.join(tempDir('phdv-check-copy-'), 'copy.db');
      fs.copyFileSync(dbPath, copy);
      const db = new BetterSqlite3(copy);
      db.exec(sql);
      db.close();
      return checkDatabase(copy, prepared).problems;
    };
    expect(damaged('DELETE FROM report_values WHERE rowid = (SELECT min(rowid) FROM report_values)').join()).toMatch(/values for \d+ indicators/);
    expect(damaged('DELETE FROM report_narratives WHERE report_id = 1').join()).toMatch(/narratives, the file has/);
    expect(damaged("DELETE FROM audit_log WHERE entity = 'report'").join()).toMatch(/0 audit rows/);
    expect(damaged('UPDATE reports SET is_current = 0').join()).toMatch(/0 current versions/);
    expect(damaged('UPDATE report_values SET period_value = period_value + 1 WHERE rowid = 1').join()).toMatch(/differ from their file/);
    expect(damaged('PRAGMA foreign_keys = OFF; DELETE FROM reports WHERE id = 4').join()).toMatch(/report_values rows without a report/);
  });
});

/**
 * Kills at moments too short for random timing to hit reliably, reproduced by leaving on disk
 * exactly what such a kill leaves. Each of these was a bug the random kills could not reach.
 */
describe('kills in narrow windows', () => {
  // A kill between creating a new data file and stamping it with our application id used to leave
  // a file every later start refused as a stranger's database: the app never started again.
  it('a kill between creating the data file and stamping it leaves a file the app still opens', async () => {
    const file = path.join(tempDir('phdv-first-start-'), 'phoi-hop-dan-van.db');
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.close();
    const s = await openTestServices(file);
    await s.close();
  });

  // The ".db.tmp" a kill leaves behind during the daily backup must not count as that day's backup.
  it("a daily backup cut off by a kill does not stand in for that day's backup", async () => {
    const dir = tempDir('phdv-daily-');
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', `${timestampedName('tu-dong')}.tmp`), 'nửa bản sao');
    const s = await openTestServices(path.join(dir, 'phoi-hop-dan-van.db'));
    try {
      expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => /^tu-dong-.*\.db$/.test(n))).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  // A restore must never pass through a moment with no database file: a kill there used to make the
  // next start create and seed an empty one. Renaming over the old file is atomic.
  it('a restore cut off between removing the current file and moving the copy in leaves the data in place', async () => {
    const dir = tempDir('phdv-restore-');
    const file = path.join(dir, 'phoi-hop-dan-van.db');
    const before = await openTestServices(file);
    const saved = await before.dispatch('app.setDisplayName', { displayName: 'Người giữ dữ liệu' });
    expect(saved.ok).toBe(true);
    const backup = await before.dispatch('backup.create', {});
    await before.close();
    expect(backup.ok).toBe(true);
    // The kill: the process dies right before the final rename.
    const realRename = fs.renameSync.bind(fs);
    const rename = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from).endsWith('.khoi-phuc.tmp')) throw new Error('SIGKILL');
      realRename(from, to);
    });
    try {
      await expect(replaceDatabaseFile(file, (backup as { value: { path: string } }).value.path, dir)).rejects.toThrow('SIGKILL');
    } finally {
      rename.mockRestore();
    }
    const after = await openTestServices(file);
    try {
      expect(await after.dispatch('app.info', {})).toMatchObject({ ok: true, value: { displayName: 'Người giữ dữ liệu' } });
    } finally {
      await after.close();
    }
  });
});
