import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParseOutcome } from '../../../shared/domain/report';
import { createParserHost, type ForkWorker, type ParserHost, type WorkerExit } from '../../../electron/import/isolate';
import { createNodeParser } from '../../../electron/import/node-parser';
import type { WorkerRequest, WorkerResponse } from '../../../electron/import/worker-protocol';
import { seedCatalogue } from '../../helpers/catalogue';
import { CORPORA, FIXTURES, SAMPLES } from './fixtures';

const sample = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'BC quy 2-2021 BDV Minh Long.xlsx')));
const OK: ParseOutcome = { ok: false, rejection: { code: 'not_a_report', message: 'giả lập' } };

/** A worker that behaves as told by the file name: answers, crashes, hangs or never starts. */
function fakeFork(log: string[]): ForkWorker {
  return () => {
    let onMessage: (m: WorkerResponse) => void = () => {};
    let onExit: (e: WorkerExit) => void = () => {};
    let alive = true;
    const catalogues = new Set<number>();
    const die = (code: number | null, signal: string | null) => {
      if (!alive) return;
      alive = false;
      setTimeout(() => onExit({ code, signal }), 1);
    };
    log.push('spawn');
    setTimeout(() => alive && onMessage({ type: 'ready' }), 1);
    return {
      send(m: WorkerRequest) {
        log.push(`${m.fileName}${m.catalogue ? '+catalogue' : ''}`);
        if (m.catalogue) catalogues.add(m.catalogueKey);
        if (m.fileName === 'crash.xlsx') die(134, null);
        else if (m.fileName === 'hang.xlsx') return;
        else setTimeout(() => alive && onMessage({ type: 'result', id: m.id, outcome: OK, rssMb: 50, cpuMs: 1 }), 1);
      },
      onMessage: (l) => (onMessage = l),
      onExit: (l) => (onExit = l),
      stderrTail: () => 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      kill: () => die(null, 'SIGKILL'),
    };
  };
}

let hosts: ParserHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
});
const track = (h: ParserHost) => {
  hosts.push(h);
  return h;
};

describe('parser host (fake worker)', () => {
  it('keeps one warm worker across files and sends the catalogue once', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log) }));
    const cat = seedCatalogue();
    const outs = await Promise.all(['a.xlsx', 'b.xlsx', 'c.xlsx'].map((n) => host.parse(sample, n, cat)));
    expect(outs).toEqual([OK, OK, OK]);
    expect(log).toEqual(['spawn', 'a.xlsx+catalogue', 'b.xlsx', 'c.xlsx']);
  });

  it('warm() starts the worker before any file, and the files then go to that worker', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log) }));
    host.warm();
    host.warm();
    expect(log).toEqual(['spawn']);
    // Ready and idle before the first file arrives.
    await new Promise((r) => setTimeout(r, 10));
    const cat = seedCatalogue();
    expect(await Promise.all(['a.xlsx', 'b.xlsx'].map((n) => host.parse(sample, n, cat)))).toEqual([OK, OK]);
    expect(log).toEqual(['spawn', 'a.xlsx+catalogue', 'b.xlsx']);
    expect(host.stats.spawned).toBe(1);
  });

  it('warm() after close starts nothing', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log) }));
    await host.close();
    host.warm();
    expect(log).toEqual([]);
  });

  it('turns a worker crash into a rejection and restarts for the next file', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log) }));
    const cat = seedCatalogue();
    const [crash, next] = await Promise.all([host.parse(sample, 'crash.xlsx', cat), host.parse(sample, 'after.xlsx', cat)]);
    expect(crash).toMatchObject({ ok: false, rejection: { code: 'too_complex', detail: expect.stringContaining('heap out of memory') } });
    expect(next).toEqual(OK);
    // after.xlsx was sent ahead to the worker that crashed: it never started there, so the next
    // worker parses it (with the catalogue again) rather than it being blamed for the crash.
    expect(log).toEqual(['spawn', 'crash.xlsx+catalogue', 'after.xlsx', 'spawn', 'after.xlsx+catalogue']);
    expect(host.stats).toMatchObject({ spawned: 2, crashed: 1 });
  });

  it('sends the next file ahead, so the worker is never idle while the caller handles an answer', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log) }));
    const cat = seedCatalogue();
    const files = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((n) => host.parse(sample, n, cat).then((o) => (log.push(`answered ${n}`), o)));
    expect(await Promise.all(files)).toEqual([OK, OK, OK]);
    // b.xlsx is with the worker before a.xlsx is answered; only one file is ever sent ahead.
    expect(log).toEqual(['spawn', 'a.xlsx+catalogue', 'b.xlsx', 'answered a.xlsx', 'c.xlsx', 'answered b.xlsx', 'answered c.xlsx']);
  });

  it('takes the answers of the current file and the file ahead when they come in one read of the channel', async () => {
    // A worker that sends both answers in one go, as Node does when both sit in one pipe read.
    const fork: ForkWorker = () => {
      let onMessage: (m: WorkerResponse) => void = () => {};
      const held: WorkerRequest[] = [];
      setTimeout(() => onMessage({ type: 'ready' }), 1);
      return {
        send(m) {
          held.push(m);
          if (held.length === 2) setTimeout(() => held.splice(0).forEach((r) => onMessage({ type: 'result', id: r.id, outcome: OK, rssMb: 50, cpuMs: 1 })), 1);
        },
        onMessage: (l) => (onMessage = l),
        onExit: () => {},
        kill: () => {},
      };
    };
    const host = track(createParserHost({ fork, timeoutMs: 2000 }));
    const cat = seedCatalogue();
    expect(await Promise.all(['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'].map((n) => host.parse(sample, n, cat)))).toEqual([OK, OK, OK, OK]);
    expect(host.stats).toMatchObject({ parsed: 4, timedOut: 0 });
  });

  it('kills a worker that overruns the time limit and answers "timeout" for that file only: the file sent ahead is parsed by the next worker', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log), timeoutMs: 50 }));
    const cat = seedCatalogue();
    const [hang, next] = await Promise.all([host.parse(sample, 'hang.xlsx', cat), host.parse(sample, 'after.xlsx', cat)]);
    expect(hang).toMatchObject({ ok: false, rejection: { code: 'timeout' } });
    expect(next).toEqual(OK);
    expect(host.stats).toMatchObject({ spawned: 2, timedOut: 1 });
  });

  it('answers a worker that never starts with a rejection, not a hang', async () => {
    const host = track(
      createParserHost({
        fork: () => ({ send: () => {}, onMessage: () => {}, onExit: () => {}, kill: () => {} }),
        startupTimeoutMs: 50,
      }),
    );
    expect(await host.parse(sample, 'x.xlsx', seedCatalogue())).toMatchObject({ ok: false, rejection: { code: 'timeout' } });
  });

  it('refuses in the caller what the quick precheck refuses, without any worker', async () => {
    const log: string[] = [];
    const host = track(createParserHost({ fork: fakeFork(log) }));
    const out = await host.parse(new Uint8Array(fs.readFileSync(path.join(CORPORA, 'hostile', 'zipbomb-1GiB-sheet.xlsx'))), 'bomb.xlsx', seedCatalogue());
    expect(out).toMatchObject({ ok: false, rejection: { code: 'too_large' } });
    expect(log).toEqual([]);
  });

  it('resolves pending files when closed', async () => {
    const host = createParserHost({ fork: fakeFork([]) });
    const pending = host.parse(sample, 'hang.xlsx', seedCatalogue());
    await new Promise((r) => setTimeout(r, 10));
    await host.close();
    expect(await pending).toMatchObject({ ok: false, rejection: { code: 'timeout' } });
  });
});

describe('parser host (real worker process)', () => {
  it('parses in a forked worker and survives an out-of-memory crash of exceljs', async () => {
    // Lifting the row limit lets a million empty rows reach exceljs' sax parse, whose row models
    // then exhaust the worker's heap. (A whole-sheet merge no longer does: the grids are read from
    // exceljs' model, and covered cells beyond the kept region are never built.)
    const host = track(createNodeParser({ maxOldSpaceMb: 128, timeoutMs: 45_000, limits: { maxRows: Number.MAX_SAFE_INTEGER, maxCells: Number.MAX_SAFE_INTEGER } }));
    const cat = seedCatalogue();
    const first = await host.parse(sample, 'BC quy 2-2021 BDV Minh Long.xlsx', cat);
    expect(first.ok && first.report.identity).toMatchObject({ districtCode: '531', unitType: 'BDV', period: '2021-Q2' });
    const rssBefore = process.memoryUsage.rss();
    const bomb = await host.parse(new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'cases', 'million-empty-rows.xlsx'))), 'rows.xlsx', cat);
    expect(bomb).toMatchObject({ ok: false, rejection: { code: 'too_complex' } });
    expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(64 * 1024 * 1024);
    const after = await host.parse(sample, 'again.xlsx', cat);
    expect(after.ok).toBe(true);
    expect(host.stats).toMatchObject({ spawned: 2, crashed: 1 });
  }, 90_000);
});
