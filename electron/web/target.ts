/**
 * The request target as a path we can route on, or null when it is not one. Everything a hostile
 * local program can put in a request line (bad %-escapes, invalid UTF-8, NUL and other control
 * characters, absolute or `*` targets) ends here as null, so the handler answers 400 rather than
 * throwing out of Node's request callback, which would end the whole process.
 */
export interface RequestPath {
  /** The path as sent, %-escapes kept: routing decisions are taken on it. */
  raw: string;
  /** The path with its escapes decoded: the file or channel it names. */
  decoded: string;
}

const CONTROL = /\p{Cc}/u;

export function parseRequestPath(target: string | undefined): RequestPath | null {
  // Origin-form only: browsers send nothing else to this server.
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  let raw: string;
  let decoded: string;
  try {
    raw = new URL(target, 'http://127.0.0.1').pathname;
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (CONTROL.test(decoded)) return null;
  return { raw, decoded };
}
