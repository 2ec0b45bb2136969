import type { Result } from '../../shared/result';
import { httpError } from './http-error';

/**
 * "Tải về" in the browser build: the page cannot open a file of the desktop, so it fetches the
 * bytes from the loopback server (token in a header, as for the API) and hands them to the
 * browser's own download.
 */
export async function downloadFile(token: string, file: string): Promise<Result<null>> {
  try {
    const res = await fetch(`/download?file=${encodeURIComponent(file)}`, { headers: { 'x-phdv-token': token } });
    if (!res.ok) return { ok: false, error: await httpError(res) };
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = file.split(/[\\/]/).pop() ?? 'tep';
    document.body.append(a);
    a.click();
    a.remove();
    // The browser has taken the bytes once the click ran; the object URL may go a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true, value: null };
  } catch (e) {
    return { ok: false, error: { code: 'io_error', message: `Không tải được tệp: ${(e as Error).message}` } };
  }
}
