import { AppError } from '../../shared/result';
import { resolveInside } from './inside-folder';
import type { FileSink } from './sink';

/** The desktop's way to show a file: Electron's shell module (electron/shell/opener.ts). */
export interface FileOpener {
  /** Opens the file (or folder) with its default program; resolves to an error text, '' when opened. */
  open(path: string): Promise<string>;
  /** Shows the file selected in its folder. */
  reveal(path: string): void;
}

/**
 * Opens a saved file or shows it in its folder, only when it lies in the product's output folder:
 * the page could otherwise have the main process launch any program on the machine.
 */
export async function openOutput(sink: FileSink, opener: FileOpener | undefined, req: { path: string; reveal?: boolean }): Promise<null> {
  if (!opener) throw new AppError('forbidden', 'Bản trình duyệt không mở được tệp trên máy; hãy dùng nút “Tải về”.');
  const real = resolveInside(sink.root, req.path);
  if (!real) throw new AppError('forbidden', `Chỉ mở được tệp trong thư mục xuất của phần mềm (${sink.root}).`);
  if (req.reveal) {
    opener.reveal(real);
    return null;
  }
  const problem = await opener.open(real);
  if (problem) throw new AppError('io_error', `Không mở được tệp: ${problem}`);
  return null;
}
