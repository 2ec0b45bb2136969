import fs from 'node:fs';
import { usageError } from './io';

/** A JSON object from a file the clerk wrote or edited (a BOM allowed); anything else is a usage error naming the file. */
export function readJsonObject(file: string, like = 'như lệnh "settings get" in ra'): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw usageError(`Không đọc được tệp ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : (e as Error).message}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw usageError(`Tệp ${file} không phải JSON hợp lệ: ${(e as Error).message}.`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw usageError(`Tệp ${file} phải là một đối tượng JSON ${like}.`);
  return parsed as Record<string, unknown>;
}
