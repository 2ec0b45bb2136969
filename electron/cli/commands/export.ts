import fs from 'node:fs';
import path from 'node:path';
import { calendarDateProblem } from '../../../shared/dates';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/documents';
import type { AppContext } from '../../context';
import { buildRequested, documentFileName } from '../../documents/service';
import { emit, usageError, type CliIo } from '../io';

/** `export --kind six-month|year|annex|annex-xlsx|quarter|reminder --period … --out FILE`. */
export async function exportCommand(ctx: AppContext, io: CliIo, o: { kind?: string; period?: string; out?: string; body?: string; date?: string; deadline?: string }): Promise<void> {
  if (!o.kind || !(DOCUMENT_KINDS as readonly string[]).includes(o.kind)) throw usageError(`--kind là một trong: ${DOCUMENT_KINDS.join(', ')}.`);
  if (!o.period) throw usageError('Cần --period, ví dụ --period 2021-H1.');
  if (o.body && o.body !== 'BDV' && o.body !== 'QS') throw usageError('--body là BDV hoặc QS.');
  for (const [what, d] of [['Ngày văn bản (--date)', o.date], ['Hạn gửi (--deadline)', o.deadline]] as const) {
    const problem = d === undefined ? null : calendarDateProblem(d, what);
    if (problem) throw usageError(problem);
  }
  const req = { kind: o.kind as DocumentKind, period: o.period, body: o.body as 'BDV' | 'QS' | undefined, issueDate: o.date, deadline: o.deadline };
  const bytes = await buildRequested(ctx, req);
  const out = path.resolve(o.out ?? documentFileName(req));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  emit(io, { kind: req.kind, period: req.period, file: out, bytes: bytes.byteLength }, () => `Đã ghi ${out}`);
}
