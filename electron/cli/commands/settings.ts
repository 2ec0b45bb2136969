import path from 'node:path';
import { contract, type Channel } from '../../../shared/contract';
import type { z } from '../../../shared/zod';
import type { Call } from '../call';
import { emit, usageError, type CliIo } from '../io';
import { readJsonObject as readFile } from '../json-file';
import { planYear } from '../plan-year';

/** The parts `settings get` prints and `settings set` takes, each checked by its channel's own schema. */
const PARTS = ['document', 'reconcile', 'displayName', 'backupKeep'] as const;
type Part = (typeof PARTS)[number];


async function readAll(call: Call, year: number) {
  const [document, reconcile, info] = await Promise.all([call('settings.getDocument', { year }), call('reconcile.getSettings', { year }), call('app.info', {})]);
  return { year, document, reconcile, displayName: info.displayName, backupKeep: info.backupKeep };
}

/** `settings get`: one JSON object, the file `settings set` reads back. */
export async function settingsGet(call: Call, io: CliIo, yearArg: string | undefined): Promise<void> {
  const all = await readAll(call, await planYear(call, yearArg));
  // JSON is the only form: the output is meant to be edited and given back to `settings set`.
  io.out(JSON.stringify(all, null, 2));
}

/** Each part wrapped as the channel that saves it takes it; an issue's path drops the wrapper's key for the file's part name. */
const CHECKS: Record<Part, { channel: Channel; input(year: number, v: unknown): unknown }> = {
  document: { channel: 'settings.saveDocument', input: (year, v) => ({ year, settings: v }) },
  reconcile: { channel: 'reconcile.saveSettings', input: (year, v) => ({ year, settings: v }) },
  displayName: { channel: 'app.setDisplayName', input: (_year, v) => ({ displayName: v }) },
  backupKeep: { channel: 'backup.setKeep', input: (_year, v) => ({ keep: v }) },
};


/**
 * `settings set --file F`: any subset of the parts. Every part is checked before anything is
 * written, so a bad file (exit 2, naming the field) leaves the settings as they were.
 */
export async function settingsSet(call: Call, io: CliIo, flags: { file?: string; year?: string }): Promise<void> {
  if (!flags.file) throw usageError('Cần --file TỆP: tệp JSON như lệnh "settings get" in ra.');
  const file = path.resolve(flags.file);
  const given = readFile(file);
  const unknown = Object.keys(given).filter((k) => k !== 'year' && !(PARTS as readonly string[]).includes(k));
  if (unknown.length) throw usageError(`Tệp ${file} có mục không dùng được: ${unknown.join(', ')}; chỉ nhận ${['year', ...PARTS].join(', ')}.`);
  if (given.year !== undefined && flags.year !== undefined && String(given.year) !== flags.year) {
    throw usageError(`Tệp ghi "year": ${JSON.stringify(given.year)} nhưng lệnh có --year ${flags.year}; hãy bỏ một trong hai.`);
  }
  const year = await planYear(call, flags.year ?? (given.year === undefined ? undefined : String(given.year)));
  const parts = PARTS.filter((p) => given[p] !== undefined);
  if (!parts.length) throw usageError(`Tệp ${file} không có mục cài đặt nào (${PARTS.join(', ')}).`);
  const problems = parts.flatMap((p) => {
    const r = (contract[CHECKS[p].channel].input as z.ZodType).safeParse(CHECKS[p].input(year, given[p]));
    return r.success ? [] : r.error.issues.map((i) => `${[p, ...i.path.slice(1).map(String)].join('.')}: ${i.message}`);
  });
  if (problems.length) throw usageError(`Tệp ${file} chưa đúng, chưa ghi gì:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? '\n  …' : ''}`);
  // Reconcile first: its service has one check beyond the schema (tối thiểu ≤ tối đa), so a refusal there still writes nothing.
  for (const p of (['reconcile', 'document', 'displayName', 'backupKeep'] as const).filter((x) => parts.includes(x))) await call(CHECKS[p].channel, CHECKS[p].input(year, given[p]) as never);
  const after = await readAll(call, year);
  emit(io, { written: parts, settings: after }, () => `Đã ghi cài đặt (năm ${year}): ${parts.join(', ')}.`);
}
