import path from 'node:path';
import { parseArgs } from 'node:util';
import { calendarDateProblem } from '../../shared/dates';
import { AppError } from '../../shared/result';
import { createNodeParser } from '../import/node-parser';
import { DB_FILE_NAME, defaultDataDir, packageVersion, SEED_DIR } from '../node-paths';
import { startServices, type Services } from '../runtime';
import { replaceDatabaseFile } from '../backup/service';
import { writeAudit } from '../db/queries/audit';
import { storageError } from '../db/sqlite-errors';
import { dbBackup, dbMigrate } from './commands/db';
import { exchangeCommand } from './commands/exchange';
import { exportCommand } from './commands/export';
import { importFiles } from './commands/import';
import { auditCommand } from './commands/audit';
import { findingsList, findingsReopen, findingsSettle, oneKey } from './commands/findings';
import { periodLock, periodUnlock } from './commands/period';
import { planCopy, planShow } from './commands/plan';
import { figuresCommand, reconcileCommand } from './commands/reconcile';
import { reportsCommand } from './commands/reports';
import { planSet } from './commands/plan-set';
import { draftCommand } from './commands/draft';
import { settingsGet, settingsSet } from './commands/settings';
import { template } from './commands/template';
import { callThrough } from './call';
import { emit, usageError, type CliIo } from './io';

const USAGE = `Cách dùng: npm run -s cli -- <lệnh> [--db TỆP] [--json]

Lệnh:
  plan show [--year NĂM]                    kế hoạch, 13 đơn vị, 26 đơn vị báo cáo, chỉ tiêu, kỳ báo cáo
  template --unit 524-BDV --period 2021-Q2 --out TỆP
  template --all --period 2021-Q2 --out THƯ_MỤC
                                            mẫu báo cáo trống cho một hoặc cả 26 đơn vị
  import TỆP… [--dry-run] [--unit 524-BDV] [--period 2021-Q2] [--received YYYY-MM-DD] [--current TỆP]
                                            nhập báo cáo; --unit/--period xác nhận đơn vị, kỳ khi tệp không rõ;
                                            --current: tệp dùng làm số liệu khi hai tệp của một đơn vị
                                            không phân biệt được bằng ngày báo cáo, ngày nhận
         [--force]                          lưu theo --unit/--period cả khi tệp ghi rõ đơn vị, kỳ khác
  reconcile --period 2021-Q2                ai đã gửi, gửi muộn, chưa gửi; các điểm chênh lệch R1–R9
  figures --period 2021-H1                  số liệu đã xử lý theo đơn vị, huyện, toàn tỉnh; đơn vị thiếu
  reports --period 2021-Q3                  các báo cáo đã lưu của kỳ (mọi phiên bản): đơn vị, tệp, sha256,
                                            phiên bản, trạng thái, ngày báo cáo, ngày nhận
  export --kind six-month|year|annex|annex-xlsx|quarter|reminder --period 2021-H1 --out TỆP
         [--body BDV|QS] [--date YYYY-MM-DD] [--deadline YYYY-MM-DD] [--draft]
                                            lập văn bản Word (phụ lục cả dạng Excel), nói theo ngày văn bản;
                                            chỉ ban hành khi kỳ đã xử lý hết chênh lệch và chốt số liệu;
                                            --draft: ghi bản dự thảo (ghi "DỰ THẢO" trên mọi trang);
                                            kế hoạch năm đã qua cần --date
  findings list --period 2021-Q2            các điểm chênh lệch của kỳ, mỗi điểm với --key và các ô số liệu (--cell)
  findings settle --period 2021-Q2 --key MÃ --action accept|correct|explain [--note GHI_CHÚ]
         [--value SỐ] [--cell Ô]            xử lý một điểm chênh lệch như trong màn hình Đối chiếu:
                                            accept: chấp nhận (R6: --value chọn số liệu của một ban);
                                            correct: sửa số liệu, cần --value và --note (lý do); số gốc
                                            trong báo cáo vẫn giữ; điểm có nhiều ô cần --cell (xem findings list);
                                            explain: giải trình, cần --note
  findings settle --period 2021-Q2 --key MÃ1 --key MÃ2 … --action accept|explain [--note GHI_CHÚ]
                                            xử lý nhiều điểm cùng một quy tắc một lần (một giao dịch)
  findings reopen --period 2021-Q2 --key MÃ --reason LÝ_DO
                                            mở lại một điểm chênh lệch đã xử lý
  period lock --period 2021-Q2 [--note GHI_CHÚ]
                                            chốt số liệu của kỳ
  period unlock --period 2021-Q2 --reason LÝ_DO
                                            mở khóa kỳ đã chốt
  audit [--limit SỐ]                        nhật ký thay đổi, mới nhất trước (mặc định 100 dòng, tối đa 500)
  plan copy --from 2021 --to 2022 [--rename-year] [--dry-run]
                                            tạo kế hoạch năm mới từ kế hoạch năm cũ; --rename-year: đổi năm
                                            trong tên nội dung, chỉ tiêu; --dry-run: chỉ xem trước
  plan set --file TỆP [--year NĂM]          lưu một mục của Danh mục từ tệp JSON có đúng một mục plan | area |
                                            indicator | district | period, viết như plan show --json in ra
  draft show --kind LOẠI --period KỲ        nội dung bản thảo văn bản (phần lời, điểm nổi bật đã chọn) dạng JSON
  draft save --kind LOẠI --period KỲ --file TỆP
                                            lưu nội dung bản thảo từ tệp JSON như draft show in ra
  settings get [--year NĂM]                 cài đặt dạng JSON: văn bản (document), đối chiếu (reconcile),
                                            tên người dùng (displayName), số bản sao lưu giữ lại (backupKeep)
  settings set --file TỆP [--year NĂM]      ghi cài đặt từ tệp JSON như settings get in ra (có thể chỉ một
                                            vài mục); tệp sai thì không ghi gì và báo rõ mục sai
  exchange export --year 2021 [--period 2021-Q2] --out TỆP
                                            gói trao đổi dữ liệu (.pdvtd) cho phòng bên kia: báo cáo đã nhận,
                                            xử lý chênh lệch, chốt số liệu, dự thảo, kế hoạch, thiết lập
  exchange import TỆP [--dry-run] [--year 2021]
                                            nhập gói của phòng bên kia; --dry-run: chỉ xem trước, không ghi gì
  exchange conflicts --period 2021-H1|--year 2021
                                            các điểm khác với phòng bên kia, chờ chọn
  exchange resolve --id N --use ours|theirs giữ bản của máy này (ours) hoặc dùng bản của bên kia (theirs)
  exchange settings [--section BDV|QS] [--passphrase-file TỆP] [--no-passphrase]
                                            phòng của máy này, cụm mật khẩu dùng chung (ký và kiểm tra gói);
         --passphrase-file TỆP              cũng dùng được với export/import thay cho cụm mật khẩu đã đặt
  db migrate                                nâng cấp tệp dữ liệu lên phiên bản mới nhất
  db backup --out TỆP                       sao lưu tệp dữ liệu
  db restore --from TỆP                     khôi phục từ bản sao lưu (tệp hiện tại được giữ lại trong backups/)

--db TỆP   tệp dữ liệu (mặc định: thư mục dữ liệu của ứng dụng)
--json     in kết quả dạng JSON`;

const COMMANDS = [
  'plan show',
  'plan copy',
  'plan set',
  'draft show',
  'draft save',
  'findings list',
  'findings settle',
  'findings reopen',
  'period lock',
  'period unlock',
  'audit',
  'settings get',
  'settings set',
  'template', 'import', 'reconcile', 'figures', 'reports', 'export', 'exchange', 'db migrate', 'db backup', 'db restore'] as const;

/** node:util's parseArgs speaks English; the clerk reads what went wrong in Vietnamese. */
function argsProblem(e: Error & { code?: string }): string {
  const flag = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Không có tùy chọn ${flag}.`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/ambiguous/.test(e.message)) return `Giá trị của ${flag} bắt đầu bằng dấu "-"; nếu đúng là vậy, viết liền: ${flag}=…`;
    if (/does not take an argument/.test(e.message)) return `Tùy chọn ${flag} không nhận giá trị.`;
    return `Tùy chọn ${flag} cần một giá trị.`;
  }
  return e.message;
}

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
        unit: { type: 'string' },
        period: { type: 'string' },
        all: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        received: { type: 'string' },
        current: { type: 'string', multiple: true },
        kind: { type: 'string' },
        body: { type: 'string' },
        date: { type: 'string' },
        deadline: { type: 'string' },
        draft: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        'rename-year': { type: 'boolean', default: false },
        key: { type: 'string', multiple: true },
        action: { type: 'string' },
        note: { type: 'string' },
        value: { type: 'string' },
        cell: { type: 'string' },
        reason: { type: 'string' },
        limit: { type: 'string' },
        file: { type: 'string' },
        'passphrase-file': { type: 'string' },
        'no-passphrase': { type: 'boolean', default: false },
        id: { type: 'string' },
        use: { type: 'string' },
        section: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${argsProblem(e as Error & { code?: string })}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  const cli: CliIo = { ...io, json: v.json };
  const command = COMMANDS.find((c) => positionals.join(' ').startsWith(c) && (c.includes(' ') || positionals[0] === c));
  if (v.help || !positionals.length) {
    io.out(USAGE);
    return v.help ? 0 : 2;
  }
  const arity = command === 'exchange' ? (positionals[1] === 'import' ? 3 : 2) : command?.split(' ').length;
  if (!command || (command !== 'import' && positionals.length !== arity)) {
    io.err(`Không có lệnh "${positionals.join(' ')}".\n\n${USAGE}`);
    return 2;
  }
  const dbPath = path.resolve(v.db ?? path.join(defaultDataDir(), DB_FILE_NAME));
  let services: Services | undefined;
  try {
    for (const [what, value] of [['Ngày nhận (--received)', v.received], ['Ngày văn bản (--date)', v.date], ['Hạn gửi (--deadline)', v.deadline]] as const) {
      const problem = value === undefined ? null : calendarDateProblem(value, what);
      if (problem) throw usageError(problem);
    }
    let restored: { from: string; aside: string | null } | null = null;
    if (command === 'db restore') {
      if (!v.from) throw new AppError('invalid_input', 'Cần --from TỆP: bản sao lưu để khôi phục.');
      const from = path.resolve(v.from);
      restored = { from, aside: await replaceDatabaseFile(dbPath, from, path.dirname(dbPath)) };
    }
    const parser = createNodeParser();
    if (command === 'import' || (command === 'exchange' && positionals[1] === 'import')) parser.warm();
    services = await startServices({ dbPath, seedDir: SEED_DIR, shell: 'web', version: packageVersion(), parser });
    if (restored) {
      await writeAudit(services.ctx.db, await services.ctx.actor(), { action: 'restore', entity: 'database', entityKey: path.basename(dbPath), oldValue: restored.aside, newValue: restored.from });
      const r = restored;
      emit(cli, { db: dbPath, restored_from: r.from, kept_aside: r.aside, migrated: services.ctx.migrated }, () => `Đã khôi phục ${dbPath} từ ${r.from}.${r.aside ? ` Tệp cũ được giữ tại ${r.aside}.` : ''}`);
      return 0;
    }
    const { ctx, importer } = services;
    // The commands that change data call the GUI's channels: the same checks, the same audit rows.
    const call = callThrough(services);
    const year = v.year ? Number(v.year) : undefined;
    if (command === 'plan show') await planShow(ctx, cli, v.year);
    else if (command === 'plan set') await planSet(call, cli, { file: v.file, year: v.year });
    else if (command === 'draft show' || command === 'draft save') await draftCommand(call, cli, command === 'draft show' ? 'show' : 'save', { kind: v.kind, period: v.period, file: v.file });
    else if (command === 'plan copy') await planCopy(call, cli, { from: v.from, to: v.to, renameYear: v['rename-year'], dryRun: v['dry-run'] });
    else if (command === 'findings list') await findingsList(call, cli, v.period);
    else if (command === 'findings settle') await findingsSettle(call, cli, { period: v.period, keys: v.key, action: v.action, note: v.note, value: v.value, cell: v.cell });
    else if (command === 'findings reopen') await findingsReopen(call, cli, { period: v.period, key: oneKey(v.key), reason: v.reason });
    else if (command === 'period lock') await periodLock(call, cli, { period: v.period, note: v.note });
    else if (command === 'period unlock') await periodUnlock(call, cli, { period: v.period, reason: v.reason });
    else if (command === 'audit') await auditCommand(call, cli, v.limit);
    else if (command === 'settings get') await settingsGet(call, cli, v.year);
    else if (command === 'settings set') await settingsSet(call, cli, { file: v.file, year: v.year });
    else if (command === 'template') await template(ctx, cli, { unit: v.unit, all: v.all, period: v.period, out: v.out });
    else if (command === 'import') {
      // Checked before any file is read, so a bad date never leaves half a batch saved.
      if (v.received) await importer.checkReceivedDate(v.received, /^\d{4}-/.test(v.period ?? '') ? Number(v.period!.slice(0, 4)) : year);
      const { notSaved } = await importFiles(importer, cli, positionals.slice(1), { dryRun: v['dry-run'], unit: v.unit, period: v.period, received: v.received, year, current: v.current, force: v.force, dbPath });
      // The results are printed; a file that could not be saved is still an error of the run.
      if (notSaved) {
        io.err(`Lỗi: ${notSaved} tệp chưa lưu được (lý do ghi ở từng tệp); các tệp khác đã lưu như kết quả trên.`);
        return 1;
      }
    } else if (command === 'reconcile') await reconcileCommand(ctx, cli, v.period);
    else if (command === 'figures') await figuresCommand(ctx, cli, v.period);
    else if (command === 'reports') await reportsCommand(ctx, cli, v.period);
    else if (command === 'export') await exportCommand(ctx, cli, { kind: v.kind, period: v.period, out: v.out, body: v.body, date: v.date, deadline: v.deadline, draft: v.draft });
    else if (command === 'exchange') {
      await exchangeCommand(ctx, importer, cli, positionals[1], positionals.slice(2), {
        year: v.year,
        period: v.period,
        out: v.out,
        dryRun: v['dry-run'],
        passphraseFile: v['passphrase-file'],
        id: v.id,
        use: v.use,
        section: v.section,
        noPassphrase: v['no-passphrase'],
      });
    } else if (command === 'db migrate') dbMigrate(ctx, cli);
    else await dbBackup(ctx, cli, v.out);
    return 0;
  } catch (e) {
    const known = e instanceof AppError ? e : storageError(e, dbPath);
    const error = known ? { code: known.code, message: known.message } : { code: 'internal', message: (e as Error).message };
    if (cli.json) io.out(JSON.stringify({ error }, null, 2));
    io.err(`Lỗi: ${error.message}`);
    // invalid_input is what the user typed (a flag, a date that cannot be): a usage error, exit 2.
    return error.code === 'invalid_input' ? 2 : 1;
  } finally {
    await services?.close();
  }
}
