import path from 'node:path';
import { createBackup } from '../../backup/service';
import type { AppContext } from '../../context';
import { emit, usageError, type CliIo } from '../io';

export function dbMigrate(ctx: AppContext, io: CliIo): void {
  const schemaVersion = ctx.raw.pragma('user_version', { simple: true }) as number;
  const value = { db: ctx.dbPath, schemaVersion, migrated: ctx.migrated, backup: ctx.preMigrationBackup };
  emit(io, value, () =>
    ctx.migrated.length
      ? `Đã nâng cấp dữ liệu lên phiên bản ${schemaVersion}: ${ctx.migrated.join(', ')}${ctx.preMigrationBackup ? `\nBản sao trước khi nâng cấp: ${ctx.preMigrationBackup}` : ''}`
      : `Dữ liệu đã ở phiên bản mới nhất (${schemaVersion}).`,
  );
}

export async function dbBackup(ctx: AppContext, io: CliIo, out: string | undefined): Promise<void> {
  if (!out) throw usageError('Cần --out TỆP: nơi ghi bản sao lưu.');
  const file = await createBackup(ctx, path.resolve(out));
  emit(io, file, () => `Đã sao lưu vào ${file.path} (${file.bytes.toLocaleString('vi-VN')} byte).`);
}
