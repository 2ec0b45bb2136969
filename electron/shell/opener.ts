import { shell } from 'electron';
import type { FileOpener } from '../files/open';

/** The only code that hands a path to the desktop; the path check lives in electron/files/open.ts. */
export const shellOpener: FileOpener = {
  open: (path) => shell.openPath(path),
  reveal: (path) => shell.showItemInFolder(path),
};
