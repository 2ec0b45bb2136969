import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import type { AuditEntryView } from '../../../shared/domain/app';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';
import { inputFor } from '../../helpers/trust/valid-inputs';

/**
 * The audit view reads as Vietnamese for what the code really writes: each channel that writes an
 * audit row is called with its valid input (tests/helpers/trust/valid-inputs.ts), then every row
 * audit.list returns must be a sentence without codes, JSON or English.
 */
const WRITING: Channel[] = [...CHANNELS.filter((c) => contract[c].mutates), 'documents.export'];

async function withServices<T>(run: (s: Services) => Promise<T>): Promise<T> {
  const s = await openTestServices(path.join(tempDir('phdv-audit-view-'), 'audit.db'));
  try {
    return await run(s);
  } finally {
    await s.close();
  }
}

async function list(s: Services, input: Record<string, unknown> = {}): Promise<AuditEntryView[]> {
  const r = await s.dispatch('audit.list', { limit: 500, ...input });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as AuditEntryView[];
}

function expectReadable(e: AuditEntryView) {
  const why = `${e.action}/${e.entity}: ${e.sentence}`;
  expect(e.sentence, why).not.toMatch(/\[object|[{}|]|\bnull\b|\bundefined\b|\btrue\b|\bfalse\b|Thay đổi khác/);
  expect(e.sentence, why).not.toMatch(/\b(locked|unlocked|open|accepted|corrected|explained|import|settle|finding|period|ytd|sha256)\b/i);
  expect(e.sentence, why).not.toMatch(/\b\d{4}-(Q[1-4]|H1|Y)\b|\b\d{3}-(BDV|QS)\b/);
  expect(e.sentence, why).not.toContain(e.action);
  expect(e.sentence.length, why).toBeGreaterThan(10);
}

describe('audit.list speaks Vietnamese', () => {
  it.each(WRITING)('rows written by %s read as sentences', async (channel) => {
    await withServices(async (s) => {
      const reply = await s.dispatch(channel, await inputFor(s, channel));
      expect(reply, JSON.stringify(reply).slice(0, 300)).toMatchObject({ ok: true });
      const rows = await list(s);
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach(expectReadable);
    });
  });

  it('the import and the lock of the issue: the unit by name, the period in words, the reason after a dash', async () => {
    await withServices(async (s) => {
      await s.dispatch('import.save', await inputFor(s, 'import.save'));
      await s.dispatch('reconcile.unlock', await inputFor(s, 'reconcile.unlock'));
      const rows = await list(s);
      expect(rows.find((r) => r.action === 'import')?.sentence).toMatch(/^Nhập báo cáo của Ban (Dân vận|CHQS) (huyện|thị xã|thành phố) [^,]+, Quý II năm 2021, phiên bản 1, tệp .+, ngày nhận 20\/06\/2021$/);
      expect(rows.find((r) => r.action === 'unlock')?.sentence).toMatch(/^Mở khóa số liệu Quý II năm 2021 \(đã chốt ngày \d\d\/\d\d\/\d{4} bởi .+\) — lý do: Nhận thêm báo cáo bổ sung$/);
    });
  });

  it('filters by kind, period, unit and person, and searches without diacritics or case, over the whole log', async () => {
    await withServices(async (s) => {
      await s.dispatch('import.save', await inputFor(s, 'import.save'));
      await s.dispatch('reconcile.lock', { period: '2021-Q2', note: 'Chốt để giao ban quý' });
      await s.dispatch('backup.setKeep', { keep: 30 });
      const all = await list(s);
      const imported = all.find((r) => r.action === 'import')!;
      expect(imported.unit).toMatch(/^\d{3}-(BDV|QS)$/);

      expect((await list(s, { kind: 'lock' })).map((r) => r.action)).toEqual(['lock']);
      expect((await list(s, { kind: 'import' })).map((r) => r.action)).toEqual(['import']);
      expect((await list(s, { period: '2021-Q2' })).map((r) => r.action).sort()).toEqual(['import', 'lock']);
      expect((await list(s, { period: '2021-Q3' })).length).toBe(0);
      expect((await list(s, { unit: imported.unit!.slice(0, 3) })).map((r) => r.action)).toEqual(['import']);
      expect((await list(s, { unit: imported.unit! })).map((r) => r.action)).toEqual(['import']);
      expect((await list(s, { person: imported.displayName })).length).toBe(all.length);
      expect((await list(s, { person: 'Người khác' })).length).toBe(0);
      // "chot so lieu quy ii" finds "Chốt số liệu Quý II năm 2021".
      expect((await list(s, { search: 'CHOT so lieu quy ii' })).map((r) => r.action)).toEqual(['lock']);
      expect((await list(s, { search: 'giao ban' })).map((r) => r.action)).toEqual(['lock']);
      expect((await list(s, { search: 'bản sao lưu tự động' })).map((r) => r.action)).toEqual(['update']);
      // The page comes after the filter: an older match is not lost behind newer rows.
      expect((await list(s, { kind: 'import', limit: 1 })).map((r) => r.action)).toEqual(['import']);
    });
  });
});
