import { formatNumberVi } from '../../../shared/text/numbers';
import type { RejectionKind } from '../rejections';
import { prologProblem } from '../xml-scan';
import { inflateEntry, type ZipEntry } from '../zip';
import { scanOdsContent } from './ods-scan';

/**
 * The worker-side check of an OpenDocument spreadsheet, after the zip directory checks every
 * package gets (sizes, ratios, duplicates): every part inflated within its declared size, no
 * DOCTYPE/ENTITY in any XML part, no password (ODF encrypts parts itself, recorded in the
 * manifest, not with the zip flag), and the cells content.xml declares, repetitions included,
 * within the cell cap. Returns the parts the ODS reader needs, already inflated.
 */

/** What SheetJS reads of an ODS; the rest (thumbnails, pictures, macros) is checked and dropped. */
const ODS_PARTS = new Set(['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'settings.xml', 'META-INF/manifest.xml']);

export type OdsPrecheck =
  | { ok: true; inflatedBytes: number; cells: number; parts: Map<string, Buffer> }
  | { ok: false; kind: RejectionKind; detail?: string };

export function precheckOds(bytes: Uint8Array, entries: ZipEntry[], maxCells: number): OdsPrecheck {
  const parts = new Map<string, Buffer>();
  let inflatedBytes = 0;
  let cells = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const inflated = inflateEntry(bytes, entry);
    if (!inflated.ok) return { ok: false, kind: inflated.problem === 'size_mismatch' ? 'size_lie' : 'broken_zip', detail: inflated.detail };
    inflatedBytes += inflated.data.length;
    const name = entry.name.replace(/^\/+/, '');
    if (ODS_PARTS.has(name)) parts.set(name, inflated.data);
    if (!/\.(xml|rdf)$/i.test(name)) continue;
    const prolog = prologProblem(inflated.data, false);
    if (prolog) return { ok: false, kind: 'doctype', detail: `${name}: ${prolog}` };
    if (name === 'META-INF/manifest.xml' && inflated.data.includes('encryption-data')) return { ok: false, kind: 'ods_encrypted' };
    if (name === 'content.xml') {
      cells = scanOdsContent(inflated.data).cells;
      if (cells > maxCells) return { ok: false, kind: 'too_many_cells', detail: `content.xml: ${formatNumberVi(cells)} ô` };
    }
  }
  if (!parts.has('content.xml')) return { ok: false, kind: 'ods_unreadable', detail: 'thiếu content.xml' };
  return { ok: true, inflatedBytes, cells, parts };
}
