import fs from 'node:fs';
import path from 'node:path';
import { resolveInside } from '../files/inside-folder';

/** The route of "Tải về": the browser cannot open a desktop file, so it fetches the bytes. */
export const DOWNLOAD_PATH = '/download';

const TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type DownloadAnswer = { status: 200; bytes: Buffer; type: string; disposition: string } | { status: 404; message: string };

/**
 * A file of the output folder named by its full path (`?file=`), as `SavedFiles` gave it to the
 * page; anything else — outside the folder, through `..` or a symbolic link, a folder — is 404,
 * so the route tells nothing about the rest of the disk.
 */
export function readDownload(outputDir: string | undefined, requestUrl: string): DownloadAnswer {
  const missing = { status: 404, message: 'Không có tệp này trong thư mục xuất của phần mềm.' } as const;
  const file = new URL(requestUrl, 'http://127.0.0.1').searchParams.get('file');
  if (!outputDir || !file) return missing;
  const real = resolveInside(outputDir, file);
  if (!real) return missing;
  let bytes: Buffer;
  try {
    if (!fs.statSync(real).isFile()) return missing;
    bytes = fs.readFileSync(real);
  } catch {
    return missing;
  }
  const name = path.basename(real);
  // RFC 6266: an ASCII fallback and the real (Vietnamese) name, percent-encoded.
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'tep';
  return { status: 200, bytes, type: TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream', disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}` };
}
