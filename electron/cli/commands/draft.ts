import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/documents';
import type { Call } from '../call';
import { emit, usageError, type CliIo } from '../io';
import { readJsonObject } from '../json-file';

/**
 * `draft show|save --kind K --period P`: the prose of a document draft as the Văn bản page edits
 * it. `show` prints it as JSON; `save --file F` stores such JSON back (its "prose" part, or the
 * prose itself) through documents.saveDraft, with the page's checks and audit row.
 */
export async function draftCommand(call: Call, io: CliIo, mode: 'show' | 'save', flags: { kind?: string; period?: string; file?: string }): Promise<void> {
  const kind = flags.kind as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) throw usageError(`Cần --kind ${DOCUMENT_KINDS.join('|')}.`);
  if (!flags.period) throw usageError('Cần --period, ví dụ --period 2021-H1.');
  if (mode === 'show') {
    const d = await call('documents.draft', { kind, period: flags.period });
    io.out(JSON.stringify({ kind: d.kind, period: d.period, prose: d.prose, saved_at: d.savedAt, saved_by: d.savedBy }, null, 2));
    return;
  }
  if (!flags.file) throw usageError('Cần --file TỆP: tệp JSON như lệnh "draft show" in ra.');
  const given = readJsonObject(path.resolve(flags.file), 'như lệnh "draft show" in ra');
  for (const [k, v] of [['kind', kind], ['period', flags.period]] as const) {
    if (given[k] !== undefined && given[k] !== v) throw usageError(`Tệp ghi "${k}": ${JSON.stringify(given[k])} nhưng lệnh có --${k} ${v}.`);
  }
  const prose = (given.prose ?? given) as never;
  const saved = await call('documents.saveDraft', { kind, period: flags.period, prose });
  emit(io, { kind, period: flags.period, saved_at: saved.savedAt, saved_by: saved.savedBy }, () => `Đã lưu bản thảo nội dung (${kind}, ${flags.period}).`);
}
