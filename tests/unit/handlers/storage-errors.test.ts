import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../shared/domain/plan';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

/** A write every clerk makes: an indicator's unit edited in Danh mục. */
async function editIndicator(s: Awaited<ReturnType<typeof openTestServices>>, unit: string) {
  const plan = await s.dispatch('plan.get', { year: 2021 });
  const ind = (plan.ok ? (plan.value as PlanBundle) : null)!.indicators.find((i) => i.code === 'TT01')!;
  return s.dispatch('plan.saveIndicator', { year: 2021, indicator: { ...ind, unit } });
}

describe("SQLite's errors reach the clerk in Vietnamese, each with its own code", () => {
  it('database is locked by another program: db_busy, after the busy timeout, and nothing changed', async () => {
    const file = path.join(tempDir(), 'busy.db');
    const s = await openTestServices(file);
    const other = new BetterSqlite3(file);
    try {
      expect(s.ctx.raw.pragma('busy_timeout', { simple: true })).toBe(5000);
      // The wait is shortened for the test only; the lock is held by a second connection, as another program would.
      s.ctx.raw.pragma('busy_timeout = 20');
      other.exec('BEGIN IMMEDIATE');
      const r = await editIndicator(s, 'buổi (khi bị khóa)');
      expect(r).toMatchObject({ ok: false, error: { code: 'db_busy', message: expect.stringContaining('đang bị một chương trình khác giữ') } });
      expect(!r.ok && r.error.message).toMatch(/busy\.db.*Hãy đóng các chương trình khác/);
      other.exec('ROLLBACK');
      expect((await editIndicator(s, 'buổi (sau khi mở khóa)')).ok).toBe(true);
    } finally {
      other.close();
      await s.close();
    }
  });

  it('database or disk is full: disk_full, and the data saved before is still there', async () => {
    const s = await openTestServices(path.join(tempDir(), 'full.db'));
    try {
      // The database may not grow by a single page: what a full disk does to SQLite. Edits go on
      // (each adds an audit row) until the last free space is used up.
      s.ctx.raw.pragma(`max_page_count = ${s.ctx.raw.pragma('page_count', { simple: true }) as number}`);
      let saved = '';
      let failure: Awaited<ReturnType<typeof editIndicator>> | null = null;
      for (let i = 0; i < 2000 && !failure; i++) {
        const r = await editIndicator(s, `buổi ${i}`);
        if (r.ok) saved = `buổi ${i}`;
        else failure = r;
      }
      expect(failure).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringContaining('đã đầy') } });
      expect(!failure!.ok && failure!.error.message).toMatch(/full\.db.*vẫn còn nguyên.*giải phóng chỗ trống/);
      const plan = await s.dispatch('plan.get', { year: 2021 });
      expect(plan.ok && (plan.value as PlanBundle).indicators.find((i) => i.code === 'TT01')!.unit).toBe(saved);
    } finally {
      await s.close();
    }
  });

  it('a database that cannot be written: read_only, with what to do', async () => {
    const s = await openTestServices(path.join(tempDir(), 'ro.db'));
    try {
      // PRAGMA query_only makes SQLite answer SQLITE_READONLY as for a read-only file, and works as root.
      s.ctx.raw.pragma('query_only = ON');
      const r = await editIndicator(s, 'buổi (chỉ đọc)');
      expect(r).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('chỉ cho phép đọc') } });
      expect(!r.ok && r.error.message).toContain('Read-only');
    } finally {
      await s.close();
    }
  });
});
