import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import type { BackupFile } from '../../../shared/domain/app';
import type { PlanBundle } from '../../../shared/domain/plan';
import { openTestServices } from '../../helpers/services';
import { tamper, TAMPERINGS } from '../../helpers/tamper-schema';
import { tempDir } from '../../helpers/temp';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('restoring a backup whose schema was altered', () => {
  it('refuses each altered backup through backup.restore, naming what differs, and keeps the data as it was', async () => {
    const dir = tempDir();
    const s = await openTestServices(path.join(dir, 'r.db'));
    try {
      const unit = async () => value<PlanBundle>(await s.dispatch('plan.get', { year: 2021 })).indicators.find((i) => i.code === 'TT01')!.unit;
      const before = await unit();
      for (const t of TAMPERINGS) {
        const backup = value<BackupFile>(await s.dispatch('backup.create', {}));
        tamper(backup.path, t.sql);
        const r = await s.dispatch('backup.restore', { name: backup.name });
        expect(r, t.name).toMatchObject({ ok: false, error: { code: 'schema_mismatch', message: expect.stringContaining(t.names) } });
      }
      expect(await unit()).toBe(before);
      const audit = value<{ action: string }[]>(await s.dispatch('audit.list', { entity: 'database' }));
      expect(audit.some((a) => a.action === 'restore')).toBe(false);
      // Nothing was set aside either: the refusal comes before the current file is touched.
      expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('truoc-khoi-phuc-'))).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('refuses the hostile backup of the report (two triggers) from the CLI with exit code 1 and leaves the database byte for byte', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    expect((await cli(['db', 'backup', '--db', db, '--out', path.join(dir, 'sao-luu.db')])).code).toBe(0);
    tamper(path.join(dir, 'sao-luu.db'), `${TAMPERINGS[0].sql}; ${TAMPERINGS[1].sql}`);
    const before = fs.readFileSync(db);
    const restore = await cli(['db', 'restore', '--db', db, '--from', path.join(dir, 'sao-luu.db'), '--json']);
    expect(restore.code).toBe(1);
    const error = (restore.json as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('schema_mismatch');
    expect(error.message).toContain('trigger "figures_999999"');
    expect(error.message).toContain('trigger "audit_gone"');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });
});
