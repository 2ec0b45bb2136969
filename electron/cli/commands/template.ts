import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../context';
import { writeUnique } from '../../files/sink';
import { blankForms } from '../../forms/service';
import { emit, usageError, type CliIo } from '../io';

/** `template --unit 524-BDV --period 2021-Q2 --out FILE` or `template --all --period … --out DIR`. */
export async function template(ctx: AppContext, io: CliIo, o: { unit?: string; all: boolean; period?: string; out?: string }): Promise<void> {
  if (!o.period) throw usageError('Cần --period, ví dụ --period 2021-Q2.');
  if (!o.out) throw usageError('Cần --out: tệp (một đơn vị) hoặc thư mục (--all).');
  if (!o.all && !o.unit) throw usageError('Cần --unit 524-BDV hoặc --all.');
  const forms = await blankForms(ctx, o.period, o.all ? 'all' : o.unit!);
  const out = path.resolve(o.out);
  let written: string[];
  if (o.all) {
    written = forms.map((f) => writeUnique(out, f.fileName, f.bytes));
  } else {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, forms[0]!.bytes);
    written = [out];
  }
  emit(io, { period: o.period, files: written.map((file, i) => ({ file, unit: forms[i]!.unitId, unit_name: forms[i]!.unitName })) }, () =>
    [`Đã tạo ${written.length} mẫu báo cáo kỳ ${o.period}:`, ...written.map((w) => `  ${w}`)].join('\n'),
  );
}
