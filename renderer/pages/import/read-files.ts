/** Turning what the user drops or picks into files: folders walked, only spreadsheets kept from folders. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;

export async function filesFromDrop(items: DataTransferItemList): Promise<File[]> {
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => !!e);
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out, true);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[], topLevel: boolean): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (topLevel || (SPREADSHEET.test(file.name) && !file.name.startsWith('~$'))) out.push(file);
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in chunks: read until it returns an empty list.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const child of batch) await walk(child, out, false);
  }
}

export const filesFromFolderInput = (list: FileList): File[] => [...list].filter((f) => SPREADSHEET.test(f.name) && !f.name.startsWith('~$'));

export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
