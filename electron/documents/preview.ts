import type { PreviewBlock } from '../../shared/domain/documents';
import { inflateEntry, readZipDirectory } from '../import/zip';

/**
 * A structured preview read back from the built .docx itself, so what the user checks is exactly
 * what will be saved. Our builder writes flat tables (no table inside a table), which lets a
 * simple scan of document.xml find paragraphs and tables in order.
 */
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) out += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  return out;
}

function paragraph(xml: string): PreviewBlock {
  const jc = /<w:jc w:val="(\w+)"/.exec(xml)?.[1];
  const sz = /<w:sz w:val="(\d+)"/.exec(xml)?.[1];
  return {
    type: 'p',
    text: paragraphText(xml),
    align: jc === 'center' ? 'center' : jc === 'right' || jc === 'end' ? 'right' : jc === 'both' ? 'both' : 'left',
    bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(xml),
    italic: /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(xml),
    sizePt: sz ? Number(sz) / 2 : null,
  };
}

function table(xml: string): PreviewBlock {
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => [...tc[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n')),
  );
  return { type: 'table', rows };
}

export function previewDocx(bytes: Uint8Array): PreviewBlock[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return [];
  const entry = dir.entries.find((e) => e.name === 'word/document.xml');
  if (!entry) return [];
  const inflated = inflateEntry(bytes, entry);
  if (!inflated.ok) return [];
  const body = inflated.data.toString('utf8');
  const blocks: PreviewBlock[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    if (m[0].startsWith('<w:tbl>')) blocks.push(table(m[0]));
    else {
      blocks.push(paragraph(m[0]));
      if (m[0].includes('<w:sectPr')) blocks.push({ type: 'section' });
    }
  }
  return blocks;
}
