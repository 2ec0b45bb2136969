import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupFile, RestoreInfo } from '../../../shared/domain/app';
import { cleanDataSet } from '../../helpers/reconcile-data';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

describe('a restore says what it brought back and from when', () => {
  it('names the backup and its time, counts the reports in use and gives the latest import of the restored data', async () => {
    const s = await openTestServices(path.join(tempDir('phdv-restore-'), 'r.db'));
    try {
      const ds = cleanDataSet();
      const q1 = { ...ds, reports: ds.reports.filter((r) => r.period === '2021-Q1') };
      await storeDataSet(s.ctx, q1);
      const latest = s.ctx.raw.prepare('SELECT max(imported_at) FROM reports').pluck().get() as string;
      const backup = value<BackupFile>(await s.dispatch('backup.create', {}));
      // After the backup: another quarter arrives, which the restore takes away again.
      await storeDataSet(s.ctx, { ...ds, reports: ds.reports.filter((r) => r.period === '2021-Q2') });

      const info = value<RestoreInfo>(await s.dispatch('backup.restore', { name: backup.name }));
      expect(q1.reports.length).toBeGreaterThan(0);
      expect(info).toMatchObject({ backupName: backup.name, backupCreatedAt: backup.createdAt, reports: q1.reports.length, latestImport: latest });
    } finally {
      await s.close();
    }
  });

  it('a backup with no report says so (no latest import), not a made-up date', async () => {
    const s = await openTestServices(path.join(tempDir('phdv-restore-'), 'e.db'));
    try {
      const backup = value<BackupFile>(await s.dispatch('backup.create', {}));
      const info = value<RestoreInfo>(await s.dispatch('backup.restore', { name: backup.name }));
      expect(info).toMatchObject({ backupName: backup.name, reports: 0, latestImport: null });
    } finally {
      await s.close();
    }
  });
});
