import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';
import { auditIdentity, auditRows, dataFingerprint, filesUnder } from '../../helpers/trust/db-state';
import { channelCases, inputFor, type ChannelCase } from '../../helpers/trust/valid-inputs';

/**
 * "Every change is logged": each channel the contract marks `mutates: true` is called with a
 * valid input that really changes something, and must leave an audit row saying who (OS user and
 * display name), when, what (entity and key) and, as appropriate, the old and new values and the
 * reason. Conversely a channel marked `mutates: false` must change no stored data — otherwise the
 * flag is wrong and its changes go unaudited. Both lists come from the contract, so a channel
 * added later is covered or fails here.
 */

const MUTATING = CHANNELS.filter((c) => contract[c].mutates);
const READING = CHANNELS.filter((c) => !contract[c].mutates);
const caseOf = (c: Channel) => (channelCases as Record<string, ChannelCase<Channel> | undefined>)[c];

async function withServices<T>(run: (s: Services) => Promise<T>): Promise<T> {
  const s = await openTestServices(path.join(tempDir('phdv-audit-'), 'audit.db'));
  try {
    // A display name unlike the OS account, so that "who" proves both columns are filled from the right source.
    const named = await s.dispatch('app.setDisplayName', { displayName: 'Cán bộ Kiểm Thử' });
    if (!named.ok) throw new Error(named.error.message);
    return await run(s);
  } finally {
    await s.close();
  }
}

describe('audit coverage', () => {
  it('has an audit expectation for every channel that mutates', () => {
    expect(MUTATING.length).toBeGreaterThan(0);
    expect(MUTATING.filter((c) => !caseOf(c)?.audit), 'give these channels an `audit` entry in tests/helpers/trust/valid-inputs.ts').toEqual([]);
  });

  it.each(MUTATING)('%s writes who, when, what and the values to the audit log', async (channel) => {
    const expected = caseOf(channel)?.audit;
    expect(expected, `no audit case for ${channel}`).toBeDefined();
    await withServices(async (s) => {
      const input = await inputFor(s, channel);
      const actor = await s.ctx.actor();
      const before = new Set(auditRows(s.ctx.raw).map(auditIdentity));
      const dataBefore = dataFingerprint(s.ctx.raw);
      const filesBefore = filesUnder(s.ctx.dataDir);
      const t0 = Date.now();
      const reply = await s.dispatch(channel, input);
      const t1 = Date.now();
      expect(reply, JSON.stringify(reply).slice(0, 500)).toMatchObject({ ok: true });

      // The call really changed something: stored data, or files of the data folder (a backup).
      const changedData = JSON.stringify(dataFingerprint(s.ctx.raw)) !== JSON.stringify(dataBefore);
      const newFiles = filesUnder(s.ctx.dataDir).filter((f) => !filesBefore.includes(f));
      expect(changedData || newFiles.length > 0, `${channel} changed nothing: the case does not exercise it`).toBe(true);

      const rows = auditRows(s.ctx.raw).filter((r) => !before.has(auditIdentity(r)));
      expect(rows.length, `${channel} wrote no audit row`).toBeGreaterThan(0);
      for (const r of rows) {
        // Who: the OS account and the name the user gave (as it was when the change was made).
        expect(r.os_user).toBe(actor.osUser);
        expect(r.display_name).toBe(actor.displayName);
        expect(r.os_user.trim()).not.toBe('');
        if (channel !== 'app.setDisplayName') expect(r.display_name).toBe('Cán bộ Kiểm Thử');
        // When: an ISO timestamp of the call.
        expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        expect(Date.parse(r.at)).toBeGreaterThanOrEqual(t0 - 1000);
        expect(Date.parse(r.at)).toBeLessThanOrEqual(t1 + 1000);
        expect(r.action.trim()).not.toBe('');
        expect(r.entity_key.trim()).not.toBe('');
        for (const v of [r.old_value, r.new_value]) if (v !== null) expect(() => JSON.parse(v) as unknown).not.toThrow();
      }
      const main = rows.find((r) => r.entity === expected!.entity);
      expect(main, `${channel}: no audit row for entity "${expected!.entity}" among ${JSON.stringify(rows.map((r) => r.entity))}`).toBeDefined();
      // Values are stored as JSON; "nothing" is SQL NULL or JSON null (writeAudit stores JSON null).
      const value = (v: string | null): unknown => (v === null ? null : JSON.parse(v));
      expect(value(main!.new_value), 'new value recorded').not.toBeNull();
      if (expected!.old) {
        expect(value(main!.old_value), 'old value recorded for a change to something that existed').not.toBeNull();
        expect(main!.old_value).not.toBe(main!.new_value);
      } else expect(value(main!.old_value)).toBeNull();
      if (expected!.reason !== undefined) expect(main!.reason).toBe(expected!.reason);
    });
  });

  it('channels marked mutates: false change no stored data (else the flag is wrong and their changes unaudited)', async () => {
    await withServices(async (s) => {
      const problems: string[] = [];
      for (const channel of READING) {
        const input = await inputFor(s, channel);
        const before = dataFingerprint(s.ctx.raw);
        const reply = await s.dispatch(channel, input);
        // The valid case really runs the handler: a refusal would make "unchanged" meaningless.
        if (!reply.ok) problems.push(`${channel}: valid case refused: ${reply.error.code} ${reply.error.message}`);
        const after = dataFingerprint(s.ctx.raw);
        const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
        if (changed.length) problems.push(`${channel} changed ${changed.join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  }, 120_000);
});
