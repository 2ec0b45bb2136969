import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/result';
import { createAppContext } from '../context';
import { DB_FILE_NAME, defaultDataDir, SEED_DIR } from '../node-paths';
import { dbBackup, dbMigrate } from './commands/db';
import { planShow } from './commands/plan';
import type { CliIo } from './io';

const USAGE = `Cách dùng: npm run -s cli -- <lệnh> [--db TỆP] [--json]

Lệnh:
  plan show [--year NĂM]       kế hoạch, 13 đơn vị, 26 đơn vị báo cáo, chỉ tiêu, kỳ báo cáo
  db migrate                   nâng cấp tệp dữ liệu lên phiên bản mới nhất
  db backup --out TỆP          sao lưu tệp dữ liệu

--db TỆP   tệp dữ liệu (mặc định: thư mục dữ liệu của ứng dụng)
--json     in kết quả dạng JSON`;

/** Runs one command; returns the exit code. Exported for tests, which call it in-process. */
export async function runCli(argv: string[], io: Omit<CliIo, 'json'>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        year: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const cli: CliIo = { ...io, json: values.json };
  const command = positionals.join(' ');
  if (values.help || !command) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const known = ['plan show', 'db migrate', 'db backup'];
  if (!known.includes(command)) {
    io.err(`Không có lệnh "${command}".\n\n${USAGE}`);
    return 2;
  }
  const dbPath = path.resolve(values.db ?? path.join(defaultDataDir(), DB_FILE_NAME));
  let ctx;
  try {
    ctx = await createAppContext({ dbPath, seedDir: SEED_DIR });
    if (command === 'plan show') await planShow(ctx, cli, values.year);
    else if (command === 'db migrate') dbMigrate(ctx, cli);
    else if (command === 'db backup') await dbBackup(ctx, cli, values.out);
    return 0;
  } catch (e) {
    const error = e instanceof AppError ? { code: e.code, message: e.message } : { code: 'internal', message: (e as Error).message };
    if (cli.json) io.out(JSON.stringify({ error }, null, 2));
    io.err(`Lỗi: ${error.message}`);
    return 1;
  } finally {
    await ctx?.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runCli(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
