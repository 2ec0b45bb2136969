import path from 'node:path';
import { AppError } from '../../shared/result';
import { backupDir, createBackup, listBackups, setBackupKeep } from '../backup/service';
import type { HandlerGroup } from './types';

export const backupHandlers = {
  'backup.create': (_input, { ctx }) => createBackup(ctx),
  'backup.list': async (_input, { ctx }) => listBackups(ctx),
  'backup.restore': async ({ name }, env) => {
    // Only a file of the backups folder, by name: the page never hands the main process a path.
    const file = path.join(backupDir(env.ctx), path.basename(name));
    if (!listBackups(env.ctx).some((b) => b.path === file)) throw new AppError('not_found', `Không có bản sao lưu "${name}".`);
    return env.restore(file);
  },
  'backup.setKeep': ({ keep }, { ctx }) => setBackupKeep(ctx, keep),
} satisfies HandlerGroup<'backup'>;
