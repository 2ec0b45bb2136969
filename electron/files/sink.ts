import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { stripBidi } from '../../shared/text/bidi';

/**
 * Where generated files (blank forms, documents) go. The Electron shell asks the user with a save
 * dialog; the browser build and the tests write into a folder. `null` means the user cancelled.
 */
export interface FileSink {
  /** The product's own output folder: the only place "Mở tệp" and the download route reach. */
  readonly root: string;
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  /** The folder made for them and each file written in it. */
  saveFiles(folderName: string, files: { name: string; bytes: Uint8Array }[]): Promise<{ folder: string; files: string[] } | null>;
}

const FORBIDDEN = /[<>:"/\\|?*]|\p{Cc}/gu;

/**
 * A file name safe on Windows and Linux: no separators, no reserved characters, no leading dots,
 * no bidi controls (which make a name show another extension than it has).
 */
export function safeFileName(name: string): string {
  const cleaned = stripBidi(name.normalize('NFC')).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!cleaned || /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(cleaned)) throw new AppError('invalid_input', `Tên tệp "${name}" không hợp lệ.`);
  return cleaned.slice(0, 180);
}

/** Writes into `dir` (never outside it), adding " (2)", " (3)"… rather than overwriting. */
export function writeUnique(dir: string, name: string, bytes: Uint8Array): string {
  fs.mkdirSync(dir, { recursive: true });
  const safe = safeFileName(name);
  const ext = path.extname(safe);
  const stem = safe.slice(0, safe.length - ext.length);
  let target = path.join(dir, safe);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `${stem} (${n})${ext}`);
  if (path.dirname(path.resolve(target)) !== path.resolve(dir)) throw new AppError('forbidden', 'Đường dẫn ghi tệp không hợp lệ.');
  fs.writeFileSync(target, bytes, { flag: 'wx' });
  return target;
}

/** The sink of the browser build and the tests: a folder under the data folder. */
export function folderSink(dir: string): FileSink {
  return {
    root: dir,
    saveFile: async (name, bytes) => writeUnique(dir, name, bytes),
    saveFiles: async (folderName, files) => {
      const sub = path.join(dir, safeFileName(folderName));
      return { folder: sub, files: files.map((f) => writeUnique(sub, f.name, f.bytes)) };
    },
  };
}
