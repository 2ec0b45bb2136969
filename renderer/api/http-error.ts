import type { ErrorCode } from '../../shared/result';

/**
 * What the loopback server's refusals (electron/web/server.ts) mean to the page: a busy server or
 * an oversized request is something the clerk can retry or shrink, not a "forbidden" request.
 */
export function httpErrorCode(status: number): ErrorCode {
  if (status === 400) return 'invalid_input';
  if (status === 404) return 'not_found';
  if (status === 413) return 'limit_exceeded';
  if (status === 503) return 'db_busy';
  if (status >= 500) return 'internal';
  return 'forbidden';
}

/** The server's own sentence when it sent one, with the status for the log. */
export async function httpError(res: Response): Promise<{ code: ErrorCode; message: string }> {
  const text = (await res.text()).trim();
  return { code: httpErrorCode(res.status), message: text ? `${text} (mã ${res.status})` : `Máy chủ cục bộ từ chối yêu cầu (mã ${res.status}).` };
}
