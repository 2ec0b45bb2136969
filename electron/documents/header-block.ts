import { AlignmentType, BorderStyle, Paragraph, type Table } from 'docx';
import type { Agency, DocumentSettings } from '../../shared/domain/document-settings';
import { placeAndDate } from './format';
import { layoutTable } from './layout-table';
import { caps, pt, run, type Look } from './look';
import { textWidthTwips } from './text-width';

/** Share of the text width given to the issuing bodies; the party line and the date take the rest. */
const ISSUER_SHARE = 0.46;
const STATE_ISSUER_SHARE = 0.42;

export interface HeaderContent {
  /** The issuing bodies, leading body first (both for a joint document). */
  issuers: Agency[];
  /** The number and symbol line, the clerk's number left blank ("Số:      -BC/BDVTU-BCHQS"). */
  number: string;
  issueDate: string;
  /** A letter's subject line under the number ("V/v đôn đốc gửi báo cáo …"). */
  about?: string | null;
  /** State format instead of the party line (a document the Military Command issues alone). */
  state?: { line: string; motto: string } | null;
}

/** The largest size from `size` down to `min` at which the line fits the cell on one line; a longer line wraps at `min`. */
function fitting(text: string, size: number, bold: boolean, cellWidth: number, min = 11): number {
  let s = size;
  while (s > min && textWidthTwips(text, s, bold) > cellWidth - pt(4)) s--;
  return s;
}

/** Share of a line a short rule takes (Nghị định 30/2020: ⅓ to ½ of the line above it). */
export const SHORT_RULE_SHARE = 0.4;

/** A short centred rule: an empty paragraph whose bottom border is `share` of `lineWidth`, inside a cell of `cellWidth`. */
export function shortRule(lineWidth: number, cellWidth: number, afterPt = 2, share = SHORT_RULE_SHARE): Paragraph {
  const ruled = Math.round(Math.min(lineWidth, cellWidth) * share);
  const inset = Math.max(0, Math.floor((cellWidth - ruled) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: inset, right: inset },
    spacing: { after: pt(afterPt) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
    children: [run('', { size: 4 })],
  });
}

/** The issuing body as its format names it: the state format may give the parent and a fuller name. */
const linesOf = (agency: Agency, look: Look): { parent: string; name: string } =>
  look.format === 'state' ? { parent: agency.stateParent.trim() || agency.parent, name: agency.stateName.trim() || agency.name } : { parent: agency.parent, name: agency.name };

function issuerLines(issuers: Agency[], look: Look, cellWidth: number): Paragraph[] {
  const lines: Paragraph[] = [];
  let lastWidth = 0;
  for (const agency of issuers) {
    const { parent, name } = linesOf(agency, look);
    if (parent.trim() !== '') lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(caps(parent), { size: fitting(caps(parent), look.agency, false, cellWidth, look.agencyMin) })] }));
    const fitted = fitting(caps(name), look.agency, true, cellWidth, look.agencyMin);
    // A state-format name too long for one line even at 12 pt wraps at its own size ("BỘ CHỈ HUY QUÂN SỰ / TỈNH QUẢNG NGÃI").
    const size = look.format === 'state' && textWidthTwips(caps(name), fitted, true) > cellWidth - pt(4) ? look.agency : fitted;
    lastWidth = textWidthTwips(caps(name), size, true);
    lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(caps(name), { size, bold: true })] }));
  }
  // HD 36-HD/VPTW separates the issuing body from the number with an asterisk; Nghị định 30/2020 with a short rule.
  lines.push(look.format === 'state' ? shortRule(lastWidth, cellWidth) : new Paragraph({ alignment: AlignmentType.CENTER, children: [run('*', { size: look.agency })] }));
  return lines;
}

/** The state format writes "Số: 15/BC-BCHQS", with the colon, whatever the setting's spacing. */
export const stateNumber = (number: string): string => number.replace(/^[ \t]*Số[ \t]*:?[ \t]*/u, 'Số: ');

/** "ĐẢNG CỘNG SẢN VIỆT NAM" with the rule under it as long as the title itself (HD 36-HD/VPTW). */
function partyLine(text: string, look: Look, cellWidth: number): Paragraph {
  const title = caps(text);
  const inset = Math.max(0, Math.floor((cellWidth - textWidthTwips(title, look.partyLine, true)) / 2) - pt(2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: inset, right: inset },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
    children: [run(title, { size: look.partyLine, bold: true })],
  });
}

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc", the motto ruled as long as itself. */
function stateLines(state: { line: string; motto: string }, look: Look, cellWidth: number): Paragraph[] {
  const inset = Math.max(0, Math.floor((cellWidth - textWidthTwips(state.motto, look.stateMotto, true)) / 2) - pt(2));
  // The national title stays on one line (12–13 pt in the state format).
  const size = fitting(caps(state.line), look.stateLine, true, cellWidth, 11);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(caps(state.line), { size, bold: true })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: inset, right: inset },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
      children: [run(state.motto, { size: look.stateMotto, bold: true })],
    }),
  ];
}

/**
 * The block at the top of the first page: the issuing bodies and the number on the left, the party
 * line and the place and date on the right. Two rows, so the number and the date share a line.
 */
export function headerBlock(settings: DocumentSettings, look: Look, width: number, content: HeaderContent): Table {
  // The state title is longer than the party line: its column is wider.
  const left = Math.round(width * (content.state ? STATE_ISSUER_SHARE : ISSUER_SHARE));
  const right = width - left;
  const number = look.format === 'state' ? stateNumber(content.number) : content.number;
  const numberCell = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: pt(4) }, children: [run(number, { size: look.number })] })];
  if (content.about) numberCell.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: pt(3) }, children: [run(content.about, { size: look.small, italics: true })] }));
  const dateCell = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: pt(4) }, children: [run(placeAndDate(settings.place, content.issueDate), { size: look.agency, italics: true })] })];
  return layoutTable(
    [left, right],
    [
      [issuerLines(content.issuers, look, left), content.state ? stateLines(content.state, look, right) : [partyLine(settings.partyLine, look, right)]],
      [numberCell, dateCell],
    ],
    { cantSplit: true },
  );
}

/**
 * "BÁO CÁO", the subject in bold under it, and what closes the title: short dashes (HD 36-HD/VPTW),
 * a short rule a third to a half of the subject's line (Nghị định 30/2020). `width` is the text width.
 */
export function titleBlock(look: Look, docType: string, subject: string, width = 0): Paragraph[] {
  const close =
    look.format === 'state'
      ? shortRule(Math.min(width, textWidthTwips(subject, look.subject, true)), width, 12)
      : new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: pt(12) }, children: [run('-----', { size: look.subject })] });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: pt(24) }, keepNext: true, children: [run(caps(docType), { size: look.docType, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(subject, { size: look.subject, bold: true })] }),
    close,
  ];
}
