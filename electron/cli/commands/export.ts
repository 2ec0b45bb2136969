import fs from 'node:fs';
import path from 'node:path';
import { calendarDateProblem, dateVi } from '../../../shared/dates';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/documents';
import { AppError } from '../../../shared/result';
import type { AppContext } from '../../context';
import { draftFileName } from '../../documents/draft-mark';
import { buildRequested, documentDates, documentFileName, type DocumentRequest } from '../../documents/service';
import { emit, usageError, type CliIo } from '../io';

export interface ExportOptions {
  kind?: string;
  period?: string;
  out?: string;
  body?: string;
  date?: string;
  deadline?: string;
  draft?: boolean;
}

/**
 * Where the file goes: the document's own name without --out, inside --out when it is a folder.
 * A draft always says so in its name, also when --out names the file.
 */
function outputPath(out: string | undefined, req: DocumentRequest): string {
  if (out === undefined) return path.resolve(documentFileName(req));
  if (/[\\/]$/.test(out) || (fs.existsSync(out) && fs.statSync(out).isDirectory())) return path.resolve(out, documentFileName(req));
  const file = path.resolve(out);
  return req.draft ? path.join(path.dirname(file), draftFileName(path.basename(file))) : file;
}

/** `export --kind six-month|year|annex|annex-xlsx|quarter|reminder --period … --out FILE [--draft]`. */
export async function exportCommand(ctx: AppContext, io: CliIo, o: ExportOptions): Promise<void> {
  if (!o.kind || !(DOCUMENT_KINDS as readonly string[]).includes(o.kind)) throw usageError(`--kind là một trong: ${DOCUMENT_KINDS.join(', ')}.`);
  if (!o.period) throw usageError('Cần --period, ví dụ --period 2021-H1.');
  if (o.body && o.body !== 'BDV' && o.body !== 'QS') throw usageError('--body là BDV hoặc QS.');
  for (const [what, d] of [['Ngày văn bản (--date)', o.date], ['Hạn gửi (--deadline)', o.deadline]] as const) {
    const problem = d === undefined ? null : calendarDateProblem(d, what);
    if (problem) throw usageError(problem);
  }
  if (o.date === undefined) {
    const dates = await documentDates(ctx, o.period);
    if (dates.suggested === null) throw usageError(`Kế hoạch năm ${o.period.slice(0, 4)} đã qua: cần --date YYYY-MM-DD, ngày ban hành văn bản (từ ngày ${dateVi(dates.earliest)} trở đi).`);
  }
  const req: DocumentRequest = { kind: o.kind as DocumentKind, period: o.period, body: o.body as 'BDV' | 'QS' | undefined, issueDate: o.date, deadline: o.deadline, draft: o.draft || undefined };
  let bytes: Uint8Array;
  try {
    bytes = await buildRequested(ctx, req);
  } catch (e) {
    if (e instanceof AppError && e.code === 'unsettled') throw new AppError('unsettled', `${e.message} Dòng lệnh: thêm --draft để ghi bản dự thảo.`);
    throw e;
  }
  const out = outputPath(o.out, req);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  emit(io, { kind: req.kind, period: req.period, draft: req.draft === true, file: out, bytes: bytes.byteLength }, () => `Đã ghi ${req.draft ? 'bản dự thảo ' : ''}${out}`);
}
