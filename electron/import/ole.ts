/**
 * Names of the streams in an OLE2 compound file (D0 CF 11 E0). Two very different files share
 * that container: an old .xls ("Workbook"/"Book" stream) and an .xlsx saved with a password
 * ("EncryptionInfo" + "EncryptedPackage"). Reading the directory tells the clerk which one it is.
 * Returns null when the container is too damaged to read.
 */
export function oleStreamNames(bytes: Uint8Array, maxEntries = 2000): string[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const inFile = (n: number) => n >= 0 && sectorOffset(n) + sectorSize <= bytes.length;

  const difat = readDifat(view, bytes.length, sectorSize, perSector, sectorOffset, inFile);
  const nextSector = (s: number): number => {
    const fatSector = difat[Math.floor(s / perSector)];
    if (fatSector === undefined || !inFile(fatSector)) return -1;
    return view.getUint32(sectorOffset(fatSector) + (s % perSector) * 4, true);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = view.getUint32(0x30, true);
  while (sector !== 0xfffffffe && names.length < maxEntries) {
    if (!inFile(sector) || seen.has(sector)) return names.length > 0 ? names : null;
    seen.add(sector);
    const base = sectorOffset(sector);
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const nameLen = view.getUint16(entry + 0x40, true);
      const type = view.getUint8(entry + 0x42);
      if (type === 0 || nameLen < 2 || nameLen > 64) continue;
      let name = '';
      for (let i = 0; i < nameLen / 2 - 1; i++) name += String.fromCharCode(view.getUint16(entry + i * 2, true));
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

function readDifat(
  view: DataView,
  length: number,
  sectorSize: number,
  perSector: number,
  sectorOffset: (n: number) => number,
  inFile: (n: number) => boolean,
): number[] {
  const difat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s >= 0xfffffffa) break;
    difat.push(s);
  }
  // Files above ~7 MB continue the list in a chain of DIFAT sectors.
  let next = view.getUint32(0x44, true);
  const seen = new Set<number>();
  while (next < 0xfffffffa && inFile(next) && !seen.has(next) && sectorOffset(next) + sectorSize <= length) {
    seen.add(next);
    const base = sectorOffset(next);
    for (let i = 0; i < perSector - 1; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (s < 0xfffffffa) difat.push(s);
    }
    next = view.getUint32(base + (perSector - 1) * 4, true);
  }
  return difat;
}

/**
 * True when the file ends before the sectors its own allocation table says are in use: a file
 * cut in transit. Checked from the header and the FAT alone, without reading any stream.
 */
export function oleTruncated(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return true;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return true;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const inFile = (n: number) => n >= 0 && sectorOffset(n) + sectorSize <= bytes.length;
  const declaredFat = view.getUint32(0x2c, true);
  const difat = readDifat(view, bytes.length, sectorSize, perSector, sectorOffset, inFile);
  if (difat.length < declaredFat || difat.some((s) => !inFile(s))) return true;
  for (let k = 0; k < difat.length; k++) {
    const base = sectorOffset(difat[k] ?? 0);
    for (let i = 0; i < perSector; i++) {
      const next = view.getUint32(base + i * 4, true);
      const sector = k * perSector + i;
      // A sector chained to another: both must be in the file. (Some writers mark sectors past
      // the end as end-of-chain, so only links count.)
      if (next < 0xfffffffa && (!inFile(sector) || !inFile(next))) return true;
    }
  }
  return false;
}

export type OleKind = 'encrypted_ooxml' | 'xls' | 'doc' | 'unknown';

export function classifyOle(bytes: Uint8Array): OleKind {
  const names = oleStreamNames(bytes);
  if (!names) return 'unknown';
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptedPackage') || has('EncryptionInfo')) return 'encrypted_ooxml';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) return 'doc';
  return 'unknown';
}
