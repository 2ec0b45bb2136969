import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp';
import { buildFor } from './form-fixture';

/**
 * Many district offices fill the form in LibreOffice Calc. These tests let LibreOffice itself say
 * how it understood the file, through its flat XML format (.fods, readable without unzipping) and
 * a PDF export. They need `soffice` on the PATH (Debian: libreoffice-calc-nogui) and are skipped
 * without it, since the product does not ship LibreOffice.
 */
const soffice = (process.env.PATH ?? '')
  .split(path.delimiter)
  .map((dir) => path.join(dir, 'soffice'))
  .find((p) => fs.existsSync(p));

function convert(input: string, format: 'fods' | 'pdf', outDir: string, profileDir: string): string {
  // A private profile, so a LibreOffice the user (or another test run) has open does not swallow the job.
  execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--convert-to', format, '--outdir', outDir, input], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  const out = path.join(outDir, `${path.basename(input, '.xlsx')}.${format}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

describe.skipIf(!soffice)(`the blank form as LibreOffice reads it${soffice ? '' : ' (skipped: soffice not installed)'}`, () => {
  let fods = '';
  let pdf: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    const dir = tempDir('phdv-lo-');
    const xlsx = path.join(dir, 'QS.xlsx');
    fs.writeFileSync(xlsx, await buildFor('QS'));
    const profile = path.join(dir, 'profile');
    fods = fs.readFileSync(convert(xlsx, 'fods', dir, profile), 'utf8');
    pdf = fs.readFileSync(convert(xlsx, 'pdf', dir, profile));
  }, 240_000);

  it('keeps both sheets protected and the identity sheet hidden', () => {
    const table = (name: string) => new RegExp(`<table:table table:name="${name}" table:style-name="([^"]+)" table:protected="true"`).exec(fods);
    expect(table('Báo cáo')).not.toBeNull();
    const identity = table('_phdv');
    expect(identity).not.toBeNull();
    const style = new RegExp(`<style:style style:name="${identity![1]}"[^>]*>\\s*<style:table-properties table:display="(\\w+)"`).exec(fods);
    expect(style?.[1]).toBe('false');
  });

  it('keeps the whole-number and decimal validations, locked and unlocked cells, and the repeated header row', () => {
    expect(fods).toContain('table:condition="of:cell-content-is-whole-number() and cell-content()&gt;=0"');
    expect(fods).toContain('table:condition="of:cell-content-is-decimal-number() and cell-content()&gt;=0"');
    expect(fods).toContain('style:cell-protect="none"');
    expect(fods).toContain('style:cell-protect="protected"');
    expect(fods).toContain('<table:table-header-rows>');
  });

  it('reads the Vietnamese text intact and lays the page out as A4 portrait, one page wide', () => {
    expect(fods).toContain('Ban Chỉ huy Quân sự huyện Bình Sơn');
    expect(fods).toContain('Phương hướng kỳ tới');
    const layout = /<style:page-layout-properties fo:page-width="([\d.]+)in" fo:page-height="([\d.]+)in"[^>]*style:print-orientation="portrait"[^>]*style:scale-to-X="1"/.exec(fods);
    expect(layout).not.toBeNull();
    expect(Number(layout![1])).toBeCloseTo(8.27, 2);
    expect(Number(layout![2])).toBeCloseTo(11.69, 2);
  });

  it('exports A4 pages to PDF, only the report sheet, on two or three pages', () => {
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(boxes.length).toBeLessThanOrEqual(3);
    for (const [, w, h] of boxes) {
      expect(Number(w)).toBeCloseTo(595.3, 0);
      expect(Number(h)).toBeCloseTo(841.9, 0);
    }
  });
});
