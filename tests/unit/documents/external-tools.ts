import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../../electron/node-paths';

/**
 * The programs the document tests call: the OOXML schema validator kept in tests/fixtures (so the
 * tests need nothing outside the repository), LibreOffice for the PDF rendering and poppler's
 * pdftotext. Tests that need a missing program are skipped and say so, as the product ships none.
 */

const onPath = (name: string): string | undefined =>
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((dir) => path.join(dir, name))
    .find((p) => fs.existsSync(p));

export const VALIDATOR = path.join(REPO_ROOT, 'tests', 'fixtures', 'ooxml-validate', 'validate-docx');
/** Debian: unzip xsltproc libxml2-utils. */
export const hasValidator = ['bash', 'unzip', 'xsltproc', 'xmllint'].every((p) => onPath(p) !== undefined);
/** Debian: libreoffice-writer-nogui, poppler-utils. */
export const soffice = onPath('soffice');
export const hasPdfTools = soffice !== undefined && onPath('pdftotext') !== undefined && onPath('pdfinfo') !== undefined;

/** Runs the schema validator on the files; ok only when every part of every file is valid. */
export function validateDocx(files: string[]): { ok: boolean; output: string } {
  const r = spawnSync('bash', [VALIDATOR, ...files], { encoding: 'utf8', timeout: 120_000 });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/**
 * Converts the files to PDF in one LibreOffice run, with a private profile so a LibreOffice the
 * user (or another test run) has open does not swallow the job.
 */
export function toPdf(files: string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(outDir, 'lo-profile-'));
  execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    timeout: 240_000,
    stdio: 'ignore',
  });
  return files.map((f) => {
    const pdf = path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
    return pdf;
  });
}

/** The text of the PDF (or of pages first..last), whitespace collapsed so line breaks do not matter. */
export function pdfText(pdf: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
}

/** Page count and the size in points of each page, from pdfinfo. */
export function pdfPages(pdf: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The collapsed-whitespace form pdfText returns, for expected strings. */
export const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ');
