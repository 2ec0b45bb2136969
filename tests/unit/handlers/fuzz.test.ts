import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir, REPO_ROOT } from '../../../electron/node-paths';
import type { Services } from '../../../electron/runtime';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { ERROR_CODES } from '../../../shared/result';
import { openTestServices } from '../../helpers/services';
import {
  escapeMarker,
  hugeString,
  keysOf,
  nastyValues,
  objectPaths,
  paths,
  protoPayload,
  randomMutation,
  randomValue,
  without,
  withExtraKey,
  withValue,
} from '../../helpers/trust/fuzz-values';
import { rng, seedFromEnv } from '../../helpers/random';
import { channelCases } from '../../helpers/trust/valid-inputs';

/**
 * "Nothing let in": every channel of the contract, through the same dispatch every transport
 * uses, gets garbage, hostile and almost-valid payloads. Every call must resolve with a proper
 * envelope; a payload the schema refuses must come back as invalid_input with a Vietnamese
 * message; nothing may surface as an unexpected exception ('internal'); no prototype gets
 * polluted; no file appears outside the services' data folder. The channel list comes from the
 * contract itself, so a new channel is fuzzed without touching this file — and fails the first
 * test until tests/helpers/trust/valid-inputs.ts has a valid case for it.
 *
 * Replay with PHDV_TRUST_SEED=<seed> (the seed is in every failure message).
 */

const SEED = seedFromEnv(20_211_231);
const RANDOM_PER_CHANNEL = 300;
const CALL_TIMEOUT_MS = 60_000;
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** The renderer shows the message as it is: a message must be a sentence, not an echo of the input. */
const MAX_MESSAGE_CHARS = 2_000;

describe('the table of valid calls', () => {
  it('has a case for every channel of the contract and none for channels that do not exist', () => {
    expect(CHANNELS.filter((c) => !Object.hasOwn(channelCases, c)), 'add these channels to tests/helpers/trust/valid-inputs.ts').toEqual([]);
    expect(Object.keys(channelCases).filter((c) => !(CHANNELS as string[]).includes(c))).toEqual([]);
  });

  it("holds inputs each channel's schema accepts, so mutations start from a valid payload", () => {
    const refused = CHANNELS.filter((c) => Object.hasOwn(channelCases, c) && !contract[c].input.safeParse(channelCases[c].input).success);
    expect(refused).toEqual([]);
  });
});

/** What is wrong with a reply, or null: the envelope every transport hands to the page. */
function envelopeProblem(r: unknown, mustRefuse: boolean): string | null {
  if (r === null || typeof r !== 'object') return `reply is ${typeof r}`;
  const reply = r as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (reply.ok === true) return mustRefuse ? 'accepted a payload its schema refuses' : 'value' in reply ? null : 'ok reply without value';
  if (reply.ok !== false) return `ok is ${String(reply.ok)}`;
  const { code, message } = reply.error ?? {};
  if (!(ERROR_CODES as readonly unknown[]).includes(code)) return `error code ${String(code)} not in ERROR_CODES`;
  if (typeof message !== 'string' || !message.trim()) return 'empty error message';
  if (!VIETNAMESE.test(message)) return `message not Vietnamese: ${message.slice(0, 120)}`;
  if (/\n\s+at\s/.test(message)) return 'message carries a stack trace';
  if (code === 'internal') return `unexpected exception behind the call: ${message.slice(0, 120)}`;
  if (mustRefuse && code !== 'invalid_input') return `schema refuses it but the reply is ${String(code)}`;
  if (message.length > MAX_MESSAGE_CHARS) return `message of ${message.length} characters`;
  return null;
}

const describeValue = (v: unknown): string => {
  try {
    const s = typeof v === 'bigint' ? `${v}n` : v instanceof Map || v instanceof Set ? v.constructor.name : JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 160 ? `${s.slice(0, 160)}…(${s.length})` : s;
  } catch {
    return Object.prototype.toString.call(v);
  }
};

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype] as const;
const prototypeShape = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

/** Every file and folder under `dir`, relative, for before/after comparison. */
function tree(dir: string, rel = ''): string[] {
  if (!fs.existsSync(path.join(dir, rel))) return [];
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.join(rel, e.name);
    return e.isDirectory() ? [r + path.sep, ...tree(dir, r)] : [r];
  });
}

const listing = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
};

/** Names holding the marker, one (and two) levels below `dir`: a payload path that became a file. */
function marked(dir: string, marker: string, levels: 1 | 2 = 2): string[] {
  const out: string[] = [];
  for (const name of listing(dir)) {
    const full = path.join(dir, name);
    if (name.includes(marker)) out.push(full);
    if (levels === 1) continue;
    try {
      if (fs.statSync(full).isDirectory()) for (const sub of listing(full)) if (sub.includes(marker)) out.push(path.join(full, sub));
    } catch {
      // Vanished meanwhile (another test's temp folder).
    }
  }
  return out;
}

/**
 * The handlers get a HOME, TMPDIR and config/cache folders of their own for this test, and only
 * those are watched: the real home folder and caches change whenever another program on the
 * machine writes there (a browser starting), which says nothing about the handlers.
 */
const ENV_KEYS = ['HOME', 'TMPDIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME'] as const;

describe('contract fuzzing through dispatch', () => {
  let s: Services;
  let sandbox: string;
  let ownEnv: string;
  let dataDir: string;
  const marker = escapeMarker(SEED);
  const realTmp = os.tmpdir();
  let tmp = realTmp;
  const cwd = process.cwd();
  const envBefore = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  const prototypesBefore = prototypeShape();
  let watched: string[] = [];
  let watchedBefore: string[][] = [];

  beforeAll(async () => {
    // A private folder: the data folder inside it, and the process's working folder beside it, so
    // that a relative path resolved against either shows up in the sandbox's tree.
    sandbox = fs.mkdtempSync(path.join(realTmp, 'phdv-fuzz-'));
    ownEnv = fs.mkdtempSync(path.join(realTmp, 'phdv-fuzz-env-'));
    for (const d of ['home', 'tmp', 'config', 'cache']) fs.mkdirSync(path.join(ownEnv, d));
    process.env.HOME = path.join(ownEnv, 'home');
    process.env.TMPDIR = path.join(ownEnv, 'tmp');
    process.env.XDG_CONFIG_HOME = path.join(ownEnv, 'config');
    process.env.XDG_CACHE_HOME = path.join(ownEnv, 'cache');
    tmp = os.tmpdir();
    expect([os.homedir(), tmp]).toEqual([path.join(ownEnv, 'home'), path.join(ownEnv, 'tmp')]);
    dataDir = path.join(sandbox, 'du-lieu');
    fs.mkdirSync(path.join(sandbox, 'cwd'));
    process.chdir(path.join(sandbox, 'cwd'));
    s = await openTestServices(path.join(dataDir, 'fuzz.db'));
    expect(s.ctx.dataDir).toBe(dataDir);
    watched = [os.homedir(), tmp, process.env.XDG_CONFIG_HOME, process.env.XDG_CACHE_HOME, defaultDataDir()];
    watchedBefore = watched.map(listing);
  });

  afterAll(async () => {
    process.chdir(cwd);
    await s?.close();
    for (const k of ENV_KEYS) {
      if (envBefore[k] === undefined) delete process.env[k];
      else process.env[k] = envBefore[k];
    }
    fs.rmSync(sandbox, { recursive: true, force: true });
    fs.rmSync(ownEnv, { recursive: true, force: true });
    // Files a failing run wrote from a payload path carry the marker in their name: remove them.
    for (const f of [...[realTmp, REPO_ROOT, os.homedir()].flatMap((d) => marked(d, marker)), ...marked('/', marker, 1)]) fs.rmSync(f, { recursive: true, force: true });
  });

  it('not_found for names that are not channels, prototype names included', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '', 'plan', 'plan.get ', 'PLAN.GET', 'plan.get\u0000', 42, null, undefined, ['plan.get'], { channel: 'plan.get' }]) {
      const r = await s.dispatch(name, {});
      expect(r, describeValue(name)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(envelopeProblem(r, false), describeValue(name)).toBeNull();
    }
  });

  // zod's issue text for an unknown key lists the key itself, and record keys come back through the
  // path: the message must stay short whatever the payload.
  it('keeps error messages short whatever the payload (an unknown 1 MB key is echoed back)', async () => {
    const hugeKey = 'k'.repeat(1024 * 1024);
    for (const [channel, payload] of [
      ['plan.get', { year: 2021, [hugeKey]: 1 }],
      ['documents.saveDraft', { kind: 'quarter', period: '2021-Q2', prose: { highlights: { [hugeKey]: 'x' }, assessment: '', tasks: '', proposals: '' } }],
    ] as const) {
      const r = await s.dispatch(channel, payload);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(!r.ok && r.error.message.length, channel).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    }
  });

  it(
    'answers every malformed payload of every channel with an error envelope, pollutes no prototype, writes nowhere outside the data folder',
    async () => {
      const random = rng(SEED);
      const huge = hugeString();
      const hugeKey = 'k'.repeat(1024 * 1024);
      const nasty = nastyValues(marker, tmp, huge);
      const failures: string[] = [];
      const counts: Record<string, { calls: number; refused: number; accepted: number }> = {};
      const sandboxBefore = tree(sandbox);
      const started = performance.now();

      const send = async (channel: Channel, what: string, payload: unknown, opts: { mustRefuse?: boolean } = {}) => {
        // The oracle: dispatch treats a missing payload as {}, then validates with the channel's schema.
        const schemaRefuses = !contract[channel].input.safeParse(payload ?? {}).success;
        const mustRefuse = opts.mustRefuse ?? schemaRefuses;
        const c = (counts[channel] ??= { calls: 0, refused: 0, accepted: 0 });
        c.calls++;
        let timer: ReturnType<typeof setTimeout> | undefined;
        try {
          const reply = await Promise.race([
            s.dispatch(channel, payload),
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(new Error(`no reply in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
            }),
          ]);
          if ((reply as { ok?: unknown }).ok === true) c.accepted++;
          else c.refused++;
          const problem = envelopeProblem(reply, mustRefuse);
          if (problem) failures.push(`[seed ${SEED}] ${channel} ← ${what}: ${problem}`);
        } catch (e) {
          failures.push(`[seed ${SEED}] ${channel} ← ${what}: dispatch threw ${(e as Error).message}`);
        } finally {
          clearTimeout(timer);
        }
        // Checked after every call: once a prototype is polluted nothing after it can be trusted
        // (the process may even hang), so stop at the payload that did it.
        if (prototypeShape().some((shape, i) => shape !== prototypesBefore[i])) {
          throw new Error(`[seed ${SEED}] ${channel} ← ${what}: polluted a prototype (${prototypeShape().join(' | ').slice(0, 300)})`);
        }
      };

      for (const channel of CHANNELS) {
        const valid: unknown = channelCases[channel]?.input ?? {};
        // 1. Not an object at all, or nothing: refused, except that no payload means {}.
        for (const { label, value } of nasty) {
          // Primitives and arrays can never be a channel's input. (A Date or Map is an object with
          // no keys, which a channel without input may take as {}: the schema decides those.)
          const notAnObject = value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value));
          await send(channel, `payload ${label}`, value, notAnObject ? { mustRefuse: true } : {});
        }
        await send(channel, 'valid payload in an array', [valid], { mustRefuse: true });
        // 2. The valid payload with one field wrong, or missing.
        for (const p of paths(valid)) {
          for (const { label, value } of nasty) await send(channel, `${p.join('.')} = ${label}`, withValue(valid, p, value));
          await send(channel, `${p.join('.')} removed`, without(valid, p));
        }
        // 3. Keys that are not in the schema, prototype keys among them, at every level.
        for (const p of objectPaths(valid)) {
          const at = p.length ? p.join('.') : 'root';
          await send(channel, `${at} + __proto__`, withExtraKey(valid, p, '__proto__', { polluted: 'yes' }));
          await send(channel, `${at} + constructor.prototype`, withExtraKey(valid, p, 'constructor', { prototype: { polluted: 'yes' } }));
          await send(channel, `${at} + prototype`, withExtraKey(valid, p, 'prototype', { polluted: 'yes' }));
          await send(channel, `${at} + a 1 MB key`, withExtraKey(valid, p, hugeKey, 1));
        }
        await send(channel, 'proto keys merged into the payload (JSON.parse)', { ...protoPayload(), ...(JSON.parse(JSON.stringify(valid)) as object) });
        await send(channel, 'JSON.parse with own __proto__ over a valid payload', JSON.parse(`{"__proto__":{"polluted":"yes"},${JSON.stringify(valid).slice(1)}`.replace(',}', '}')));
        // 4. Random structures and random one-node mutations.
        const keys = keysOf(valid);
        for (let i = 0; i < RANDOM_PER_CHANNEL; i++) {
          const payload = i % 2 ? randomValue(random, keys) : randomMutation(random, valid);
          await send(channel, `random #${i} ${describeValue(payload)}`, payload);
        }
      }

      const seconds = Math.round((performance.now() - started) / 1000);
      const total = Object.values(counts).reduce((n, c) => n + c.calls, 0);
      console.info(`fuzz: seed ${SEED}, ${total} calls over ${CHANNELS.length} channels in ${seconds} s`);
      expect(failures.slice(0, 40), `${failures.length} failures`).toEqual([]);
      // Every channel got the full treatment, and mutations sometimes got through (the fuzzing reached the handlers).
      expect(CHANNELS.filter((c) => (counts[c]?.calls ?? 0) < nasty.length)).toEqual([]);
      expect(Object.values(counts).reduce((n, c) => n + c.accepted, 0)).toBeGreaterThan(CHANNELS.length);

      // No prototype pollution: no new own property anywhere, nothing inherited by a fresh object.
      expect(prototypeShape()).toEqual(prototypesBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();

      // No file outside the data folder: the sandbox changed only inside it, and no payload path became a file.
      const outside = tree(sandbox).filter((f) => !sandboxBefore.includes(f) && !f.startsWith(path.relative(sandbox, dataDir) + path.sep));
      expect(outside).toEqual([]);
      const escaped = [...[tmp, realTmp, sandbox, path.join(sandbox, 'cwd'), REPO_ROOT, os.homedir()].flatMap((d) => marked(d, marker)), ...marked('/', marker, 1)];
      expect(escaped).toEqual([]);
      expect(watched.map(listing)).toEqual(watchedBefore);
    },
    600_000,
  );
});
