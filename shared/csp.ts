/**
 * The Content-Security-Policy of the renderer: everything from the app itself, nothing remote,
 * no inline script or style, no eval. `connect-src 'self'` lets the browser build (npm run web)
 * call its loopback server; in Electron the page is a file and talks over IPC only.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
