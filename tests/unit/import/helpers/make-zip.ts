import zlib from 'node:zlib';
import { zipEntryHeaders, zipEnd } from '../../../../electron/import/legacy/stored-zip';

/** A minimal zip writer for crafting broken and hostile packages the corpus does not have. */

export interface ZipPart {
  name: string;
  data: string | Uint8Array;
  stored?: boolean;
  /** Uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

export function makeZip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data);
    const body = p.stored ? raw : zlib.deflateRawSync(raw);
    const name = Buffer.from(p.name, 'utf8');
    // CRC left 0: the readers under test do not check it, so a crafted package fails only for what it crafts.
    const h = zipEntryHeaders({ nameLength: name.length, method: p.stored ? 0 : 8, crc: 0, compressedSize: body.length, size: p.declaredSize ?? raw.length, offset });
    locals.push(h.local, name, body);
    centrals.push(h.central, name);
    offset += h.local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  return new Uint8Array(Buffer.concat([...locals, dir, zipEnd(parts.length, dir.length, offset)]));
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** The smallest package exceljs reads as a workbook, with the given sheet XML body. */
export function minimalWorkbook(sheetBody = '<sheetData/>', extra: ZipPart[] = []): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', data: `${SHEET_HEAD}${sheetBody}</worksheet>` },
    ...extra,
  ]);
}
