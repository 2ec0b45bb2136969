import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutput, type FileOpener } from '../../../electron/files/open';
import { folderSink } from '../../../electron/files/sink';
import { tempDir } from '../../helpers/temp';

function recorder(problem = ''): FileOpener & { calls: string[] } {
  const calls: string[] = [];
  return { calls, open: async (p) => (calls.push(`open ${p}`), problem), reveal: (p) => void calls.push(`reveal ${p}`) };
}

describe('files.open: "Mở tệp" and "Mở thư mục" reach the desktop only for the output folder', () => {
  it('opens a saved file, or shows it in its folder, by its real path', async () => {
    const dir = tempDir('phdv-open-');
    const sink = folderSink(path.join(dir, 'xuat-ra'));
    const saved = (await sink.saveFile('Báo cáo quý.docx', new Uint8Array([1])))!;
    const opener = recorder();
    await openOutput(sink, opener, { path: saved });
    await openOutput(sink, opener, { path: saved, reveal: true });
    const real = fs.realpathSync(saved);
    expect(opener.calls).toEqual([`open ${real}`, `reveal ${real}`]);
  });

  it('refuses a path outside, with `..` or through a link, before anything reaches the desktop', async () => {
    const dir = tempDir('phdv-open-');
    const sink = folderSink(path.join(dir, 'xuat-ra'));
    await sink.saveFile('a.docx', new Uint8Array([1]));
    fs.writeFileSync(path.join(dir, 'chuong-trinh.exe'), 'MZ');
    fs.symlinkSync(path.join(dir, 'chuong-trinh.exe'), path.join(sink.root, 'b.docx'));
    const opener = recorder();
    for (const p of [path.join(dir, 'chuong-trinh.exe'), `${sink.root}/../chuong-trinh.exe`, path.join(sink.root, 'b.docx')]) {
      await expect(openOutput(sink, opener, { path: p })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('thư mục xuất') });
    }
    expect(opener.calls).toEqual([]);
  });

  it('the browser build has no opener: it says to use the download instead', async () => {
    const sink = folderSink(tempDir('phdv-open-'));
    await expect(openOutput(sink, undefined, { path: sink.root })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('Tải về') });
  });

  it('a file the desktop cannot open is an error, not a silent success', async () => {
    const sink = folderSink(path.join(tempDir('phdv-open-'), 'xuat-ra'));
    const saved = (await sink.saveFile('c.docx', new Uint8Array([1])))!;
    await expect(openOutput(sink, recorder('No application'), { path: saved })).rejects.toMatchObject({ code: 'io_error', message: 'Không mở được tệp: No application' });
  });
});
