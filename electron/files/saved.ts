import type { SavedFiles } from '../../shared/domain/app';
import { resolveInside } from './inside-folder';
import type { FileSink } from './sink';

/** What a save reports back: whether every file landed in the output folder decides the actions offered. */
export function savedFiles(sink: FileSink, path: string | null, files: string[]): SavedFiles {
  if (!path) return { path: null, count: 0, files: [], inOutputFolder: false };
  const inside = [path, ...files].every((p) => resolveInside(sink.root, p) !== null);
  return { path, count: files.length, files, inOutputFolder: inside };
}
