import JSZip from 'jszip';

/**
 * Reading a generated .docx back the way Word stores it: the XML parts, the text of each
 * paragraph (runs joined), table rows as cell texts. Only for tests: the app never reads a docx.
 */

export type Parts = Record<string, string>;

export async function readParts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
  }
  return parts;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITIES[m] ?? m);

/** The text of one fragment of WordprocessingML: its w:t elements joined. */
export const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');

/** Every paragraph's text, in document order (paragraphs inside table cells included). */
export const paragraphs = (xml: string): string[] => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));

/** The body text with paragraphs separated by newlines. */
export const bodyText = (xml: string): string => paragraphs(xml).join('\n');

/** Rows of every table, each row as its cells' texts (a merged cell counts once). */
export const tableRows = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => textOf(tc[0])));

/** The raw XML of each table row. */
export const rowXml = (xml: string): string[] => [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);

/** The w:sectPr elements, in order. */
export const sections = (xml: string): string[] => [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

/** The attributes of the first `tag` element in `xml`, e.g. attrs(sectPr, 'w:pgMar').left. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\s([^>]*?)/?>`).exec(xml);
  const out: Record<string, string> = {};
  for (const a of (m?.[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) out[(a[1] ?? '').replace(/^w:/, '')] = a[2] ?? '';
  return out;
}

/** The XML of the style with this id in styles.xml. */
export const styleXml = (styles: string, id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

/** Millimetres to twips, as the builders convert them. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
