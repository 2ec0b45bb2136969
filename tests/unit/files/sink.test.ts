import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSink, safeFileName, writeUnique } from '../../../electron/files/sink';
import { BIDI_CONTROLS } from '../../../shared/text/bidi';
import { tempDir } from '../../helpers/temp';

/** Every bidi control the name must lose: embeddings, overrides, isolates, marks. */
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const hasBidi = (s: string) => BIDI.some((c) => s.includes(c));

describe('saved file names carry no bidi control character', () => {
  it('the list of controls is the full set', () => {
    for (const c of BIDI) expect(c.replace(BIDI_CONTROLS, ''), `U+${c.codePointAt(0)!.toString(16)}`).toBe('');
    // Letters around them, Vietnamese diacritics included, stay.
    expect('Bình Sơn'.replace(BIDI_CONTROLS, '')).toBe('Bình Sơn');
  });

  it('a right-to-left override cannot make a name show another extension', () => {
    // With U+202E the name is shown as "Báo cáo Bình Sơnexe.docx" while it is an .exe.
    expect(safeFileName('Báo cáo Bình Sơn\u202Excod.exe')).toBe('Báo cáo Bình Sơnxcod.exe');
    for (const c of BIDI) {
      const name = safeFileName(`Phụ lục${c} số liệu${c}.docx`);
      expect(hasBidi(name), `U+${c.codePointAt(0)!.toString(16)}`).toBe(false);
      expect(name).toBe('Phụ lục số liệu.docx');
    }
  });

  it('a name made only of bidi controls is refused, not written as an empty name', () => {
    expect(() => safeFileName('\u202E\u2066\u200F')).toThrow(/không hợp lệ/);
  });

  it('files and folders written by the sinks are named without them', async () => {
    const dir = tempDir();
    const one = writeUnique(dir, 'Mẫu\u202E báo cáo.xlsx', new Uint8Array([1]));
    expect(path.basename(one)).toBe('Mẫu báo cáo.xlsx');
    const sink = folderSink(dir);
    const saved = await sink.saveFiles('Mẫu báo cáo\u2067 Quý II năm 2021', [{ name: '2021-Q2 524-BDV Ban Dân vận\u202E.xlsx', bytes: new Uint8Array([2]) }]);
    const folder = saved?.folder;
    expect(saved?.files.map((f) => path.basename(f))).toEqual(['2021-Q2 524-BDV Ban Dân vận.xlsx']);
    expect(path.basename(folder!)).toBe('Mẫu báo cáo Quý II năm 2021');
    const doc = await sink.saveFile('Báo cáo sơ kết\u200F 6 tháng.docx', new Uint8Array([3]));
    expect(path.basename(doc!)).toBe('Báo cáo sơ kết 6 tháng.docx');
    const all = [...fs.readdirSync(dir), ...fs.readdirSync(folder!)];
    expect(all.filter(hasBidi)).toEqual([]);
  });
});
