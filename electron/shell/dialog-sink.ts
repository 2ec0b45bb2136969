import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { FileSink } from '../files/sink';
import { safeFileName, writeUnique } from '../files/sink';

/**
 * Generated files go where the user says, through the system's save dialog, which opens on the
 * product's output folder (`root`): files kept there can be opened from the app afterwards.
 */
export function dialogSink(root: string): FileSink {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    root,
    async saveFile(suggestedName, bytes) {
      const ext = path.extname(suggestedName).slice(1);
      const options = { defaultPath: path.join(mkdir(root), safeFileName(suggestedName)), filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [] };
      const win = parent();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      fs.writeFileSync(r.filePath, bytes);
      return r.filePath;
    },
    async saveFiles(folderName, files) {
      const options = { title: `Chọn thư mục lưu: ${folderName}`, defaultPath: mkdir(root), properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const win = parent();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const dir = r.filePaths[0];
      if (r.canceled || !dir) return null;
      const target = path.join(dir, safeFileName(folderName));
      return { folder: target, files: files.map((f) => writeUnique(target, f.name, f.bytes)) };
    },
  };
}

function mkdir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
