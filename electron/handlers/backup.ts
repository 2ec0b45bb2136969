import { createBackup, listBackups } from '../backup/service';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup = {
  'backup.create': (_input, { ctx }) => createBackup(ctx),
  'backup.list': async (_input, { ctx }) => listBackups(ctx),
};
