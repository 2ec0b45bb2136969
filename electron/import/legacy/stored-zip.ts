import zlib from 'node:zlib';

/** What the local header and the central directory both say of one entry. */
export interface ZipEntryFields {
  nameLength: number;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  /** Uncompressed size. */
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

// Both headers carry the same run of fields (version needed … name length); the central one has a
// "version made by" before it, so the run starts two bytes later.
function writeCommon(b: Buffer, at: number, e: ZipEntryFields) {
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(0x800, at + 2); // names are UTF-8
  b.writeUInt16LE(e.method, at + 4);
  b.writeUInt32LE(e.crc >>> 0, at + 10);
  b.writeUInt32LE(e.compressedSize, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(e.nameLength, at + 22);
}

/** The local header (30 bytes) and central directory record (46 bytes) of one entry, both without the name. */
export function zipEntryHeaders(e: ZipEntryFields): { local: Buffer; central: Buffer } {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  writeCommon(local, 4, e);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  writeCommon(central, 6, e);
  central.writeUInt32LE(e.offset, 42);
  return { local, central };
}

/** The end of central directory record. */
export function zipEnd(entries: number, dirLength: number, dirOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(dirLength, 12);
  end.writeUInt32LE(dirOffset, 16);
  return end;
}

/**
 * Writes parts as an uncompressed zip. The ODS reader is handed a package rebuilt from the parts
 * the precheck inflated and checked itself, so it never sees what a hostile zip hides from our
 * reader (local headers that disagree with the central directory, data between entries).
 */
export function storedZip(parts: { name: string; data: Uint8Array }[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = typeof zlib.crc32 === 'function' ? zlib.crc32(data) : 0;
    const h = zipEntryHeaders({ nameLength: nameBytes.length, method: 0, crc, compressedSize: data.length, size: data.length, offset });
    chunks.push(h.local, nameBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    central.push(h.central, nameBytes);
    offset += h.local.length + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, zipEnd(parts.length, dirBytes.length, offset)]));
}
