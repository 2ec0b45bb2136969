import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { SHORT_RULE_SHARE } from '../../../electron/documents/header-block';
import { lookOf } from '../../../electron/documents/look';
import { contentWidth, portraitBox } from '../../../electron/documents/page';
import { authorityIn } from '../../../electron/documents/signatures';
import { textWidthTwips } from '../../../electron/documents/text-width';
import { DEFAULT_QUARTER_RECIPIENTS, DocumentSettings } from '../../../shared/domain/document-settings';
import type { DocumentInput } from '../../../shared/domain/documents';
import { documentInput, type InputOptions } from '../../helpers/document-input';
import { bodyText, paragraphs, readParts } from './docx-parts';
import { firstGrid, nextParagraph, paragraphLook, type ParagraphLook } from './paragraph-look';

/**
 * The two checklists of shared/domain/document-formats.md, element by element, read from
 * document.xml: the Party format (HD 36-HD/VPTW) for what the Board issues or leads, the state
 * format (Nghị định 30/2020, Phụ lục I) for the Military Command's own quarterly summary.
 */

interface Built {
  input: DocumentInput;
  doc: string;
  text: string;
}

async function build(options: InputOptions, edit: (i: DocumentInput) => void = () => {}): Promise<Built> {
  const input = documentInput(options);
  edit(input);
  const doc = (await readParts(await buildDocument(input)))['word/document.xml'] ?? '';
  return { input, doc, text: bodyText(doc) };
}

const inRange = (p: ParagraphLook, lo: number, hi: number) => {
  expect(p.sizes.length, p.text).toBeGreaterThan(0);
  for (const s of p.sizes) {
    expect(s, p.text).toBeGreaterThanOrEqual(lo);
    expect(s, p.text).toBeLessThanOrEqual(hi);
  }
};

/** The rule's length over the line it stands under, inside a cell (or text area) of `cellWidth`. */
const ruleShare = (rule: ParagraphLook, lineWidth: number, cellWidth: number) => (cellWidth - rule.indentLeft - rule.indentRight) / Math.min(lineWidth, cellWidth);

/** The "Nơi nhận:" block's lines, after its heading, up to the last ("- Lưu …"). */
function recipientLinesOf(doc: string): ParagraphLook[] {
  const heading = paragraphLook(doc, 'Nơi nhận:');
  const out: ParagraphLook[] = [];
  for (let i = heading.index + 1; ; i++) {
    const p = nextParagraph(doc, i - 1);
    if (!p.text.startsWith('- ')) break;
    out.push(p);
    if (p.text.endsWith('.')) break;
  }
  return out;
}

describe('state format: the Military Command\'s own quarterly summary', () => {
  let r: Built;
  let width: number;
  beforeAll(async () => {
    r = await build({ kind: 'quarter' }, (i) => {
      i.body = 'QS';
    });
    width = contentWidth(portraitBox(r.input.settings.page));
  });

  it('is in the state format by default, a setting', () => {
    expect(r.input.settings.formats.quarterQs).toBe('state');
    expect(r.input.settings.formats.quarterBdv).toBe('party');
  });

  it('national title 12–13 pt bold caps over the motto 13–14 pt bold, ruled, no party line', () => {
    const title = paragraphLook(r.doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    inRange(title, 12, 13);
    expect(title.bold).toBe(true);
    const motto = nextParagraph(r.doc, title.index);
    expect(motto.text).toBe('Độc lập - Tự do - Hạnh phúc');
    inRange(motto, 13, 14);
    expect(motto.bold).toBe(true);
    expect(motto.ruled).toBe(true);
    expect(r.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('the parent body 12–13 pt upright over the body 12–13 pt bold, then a short rule and no "*"', () => {
    const parent = paragraphLook(r.doc, 'QUÂN KHU 5');
    expect(parent.index).toBe(0);
    inRange(parent, 12, 13);
    expect(parent.bold).toBe(false);
    const name = nextParagraph(r.doc, parent.index);
    expect(name.text).toBe('BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI');
    inRange(name, 12, 13);
    expect(name.bold).toBe(true);
    const rule = nextParagraph(r.doc, parent.index + 1);
    expect(rule.text).toBe('');
    expect(rule.ruled).toBe(true);
    const cell = firstGrid(r.doc)[0]!;
    const share = ruleShare(rule, textWidthTwips(name.text, name.sizes[0]!, true), cell);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
    expect(paragraphs(r.doc).slice(0, 10)).not.toContain('*');
  });

  it('the number "Số: …/BC-BCHQS" 13 pt upright, centred under the body', () => {
    const number = paragraphLook(r.doc, /^Số/u);
    expect(number.text).toMatch(/^Số: \s{5,}\/BC-BCHQS$/u);
    expect(number.sizes).toEqual([13]);
    expect(number.bold).toBe(false);
    expect(number.align).toBe('center');
  });

  it('the date italic', () => {
    const date = paragraphLook(r.doc, /^Quảng Ngãi, ngày 25 tháng 6 năm 2021$/u);
    expect(date.italics).toBe(true);
    inRange(date, 13, 14);
  });

  it('the document type caps 13–14 pt bold centred; the subject 13–14 pt bold with a short rule under it', () => {
    const type = paragraphLook(r.doc, 'BÁO CÁO');
    inRange(type, 13, 14);
    expect(type.bold).toBe(true);
    expect(type.align).toBe('center');
    const subject = nextParagraph(r.doc, type.index);
    expect(subject.text).toMatch(/^Kết quả thực hiện Kế hoạch phối hợp công tác dân vận/u);
    inRange(subject, 13, 14);
    expect(subject.bold).toBe(true);
    const rule = nextParagraph(r.doc, type.index + 1);
    expect(rule.ruled).toBe(true);
    expect(rule.text).toBe('');
    const share = ruleShare(rule, textWidthTwips(subject.text, subject.sizes[0]!, true), width);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
    expect(r.text).not.toContain('-----');
  });

  it('the signing authority "TM." (no slash) 13–14 pt bold, the name 13–14 pt bold', () => {
    const authority = paragraphLook(r.doc, 'TM. BỘ CHỈ HUY QUÂN SỰ TỈNH');
    inRange(authority, 13, 14);
    expect(authority.bold).toBe(true);
    expect(r.text).not.toContain('T/M');
    const name = paragraphLook(r.doc, 'Đại tá Võ Tấn Tài');
    inRange(name, 13, 14);
    expect(name.bold).toBe(true);
  });

  it('"Nơi nhận:" 12 pt bold italic, the recipients of the setting at 11 pt, "- …;" and the last "- Lưu: VT, …."', () => {
    const heading = paragraphLook(r.doc, 'Nơi nhận:');
    expect(heading.sizes).toEqual([12]);
    expect(heading.bold).toBe(true);
    expect(heading.italics).toBe(true);
    expect(heading.underline).toBe(false);
    const lines = recipientLinesOf(r.doc);
    expect(lines.map((l) => l.text)).toEqual(['- Thủ trưởng Bộ Chỉ huy Quân sự tỉnh;', '- Lưu: VT, PCT.']);
    for (const l of lines) expect(l.sizes).toEqual([11]);
  });

  it('takes its recipients from the setting of the body and kind, never its own issuer', async () => {
    const edited = await build({ kind: 'quarter' }, (i) => {
      i.body = 'QS';
      i.settings.recipientsQuarterQs = ['Bộ Tư lệnh Quân khu 5 (b/c)', 'Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi', 'Phòng Chính trị, BCH Quân sự tỉnh', 'Đảng ủy Quân sự tỉnh', 'Lưu: VT, PCT'];
    });
    expect(recipientLinesOf(edited.doc).map((l) => l.text)).toEqual(['- Bộ Tư lệnh Quân khu 5 (b/c);', '- Đảng ủy Quân sự tỉnh;', '- Lưu: VT, PCT.']);
  });

  it('a setting puts it back in the Party format', async () => {
    const party = await build({ kind: 'quarter' }, (i) => {
      i.body = 'QS';
      i.settings.formats.quarterQs = 'party';
    });
    expect(party.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party.text).toContain('T/M BỘ CHỈ HUY QUÂN SỰ TỈNH');
    expect(paragraphLook(party.doc, 'Nơi nhận:').underline).toBe(true);
  });
});

describe('Party format: the joint six-month report and the Board\'s quarterly summary', () => {
  let six: Built;
  let bdv: Built;
  beforeAll(async () => {
    six = await build({ kind: 'six-month' });
    bdv = await build({ kind: 'quarter' });
  });

  it('"ĐẢNG CỘNG SẢN VIỆT NAM" caps 15 pt bold with a rule', () => {
    for (const r of [six, bdv]) {
      const line = paragraphLook(r.doc, 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(line.sizes).toEqual([15]);
      expect(line.bold).toBe(true);
      expect(line.ruled).toBe(true);
    }
  });

  it('the body above in caps 14 pt upright, the body 14 pt bold, then "*"; both bodies in a joint document', () => {
    const parent = paragraphLook(six.doc, 'TỈNH ỦY QUẢNG NGÃI');
    expect(parent.sizes).toEqual([14]);
    expect(parent.bold).toBe(false);
    expect(nextParagraph(six.doc, parent.index)).toMatchObject({ text: 'BAN DÂN VẬN', bold: true, sizes: [14] });
    expect(nextParagraph(six.doc, parent.index + 1)).toMatchObject({ text: 'BỘ CHỈ HUY QUÂN SỰ TỈNH', bold: true, sizes: [14] });
    expect(nextParagraph(six.doc, parent.index + 2).text).toBe('*');
    // The Party format never takes the state parent ("QUÂN KHU 5").
    expect(six.text).not.toContain('QUÂN KHU 5');
    expect(nextParagraph(bdv.doc, paragraphLook(bdv.doc, 'BAN DÂN VẬN').index).text).toBe('*');
  });

  it('the number 14 pt upright; the document type 15–16 pt bold; the subject 14–15 pt bold closed by dashes', () => {
    for (const r of [six, bdv]) {
      const number = paragraphLook(r.doc, /^Số/u);
      expect(number.sizes).toEqual([14]);
      expect(number.bold).toBe(false);
      const type = paragraphLook(r.doc, 'BÁO CÁO');
      inRange(type, 15, 16);
      expect(type.bold).toBe(true);
      const subject = nextParagraph(r.doc, type.index);
      inRange(subject, 14, 15);
      expect(subject.bold).toBe(true);
      expect(nextParagraph(r.doc, type.index + 1).text).toBe('-----');
    }
  });

  it('the signing authority with a slash ("T/M") caps 14 pt bold, names 14 pt bold', () => {
    for (const text of ['T/M BAN DÂN VẬN', 'T/M BỘ CHỈ HUY QUÂN SỰ TỈNH', 'Lê Văn Dũng', 'Đại tá Võ Tấn Tài']) {
      const p = paragraphLook(six.doc, text);
      expect(p.sizes, text).toEqual([14]);
      expect(p.bold, text).toBe(true);
    }
    expect(six.text).not.toMatch(/\bTM\./u);
  });

  it('"Nơi nhận:" 14 pt underlined, recipients 12 pt "- …," and the last with a full stop; never its own issuers', () => {
    for (const r of [six, bdv]) {
      const heading = paragraphLook(r.doc, 'Nơi nhận:');
      expect(heading.sizes).toEqual([14]);
      expect(heading.underline).toBe(true);
      expect(heading.bold).toBe(false);
      const lines = recipientLinesOf(r.doc);
      for (const l of lines) expect(l.sizes).toEqual([12]);
      expect(lines.slice(0, -1).every((l) => l.text.endsWith(','))).toBe(true);
      expect(lines.at(-1)!.text.endsWith('.')).toBe(true);
    }
    const joint = recipientLinesOf(six.doc).map((l) => l.text);
    expect(joint[0]).toBe('- Ban Dân vận Trung ương,');
    for (const own of ['- Ban Dân vận Tỉnh ủy,', '- Bộ Chỉ huy Quân sự tỉnh,']) expect(joint).not.toContain(own);
    expect(recipientLinesOf(bdv.doc).map((l) => l.text)).toEqual(['- Thường trực Ban Dân vận Tỉnh ủy,', '- Lưu: VT, Phòng DVCQ & ĐT.']);
  });

  it('drops its issuers from a recipients list saved before (the plan\'s own list)', async () => {
    const old = await build({ kind: 'six-month' }, (i) => {
      i.settings.recipients = ['Ban Dân vận Trung ương', 'Ban Dân vận Tỉnh ủy', 'Bộ Chỉ huy Quân sự tỉnh', 'Phòng DVCQ & ĐT, Ban Dân vận Tỉnh ủy', 'Phòng Chính trị, BCH Quân sự tỉnh', 'Lưu: VPTU; VT BCH'];
    });
    expect(recipientLinesOf(old.doc).map((l) => l.text)).toEqual(['- Ban Dân vận Trung ương,', '- Lưu: VPTU; VT BCH.']);
  });
});

describe('the signing authority follows the format, whichever way it was typed', () => {
  it('writes T/M, K/T, T/L in the Party format and TM., KT., TL., TUQ. in the state format', () => {
    expect(authorityIn('T/M BAN DÂN VẬN', 'state')).toBe('TM. BAN DÂN VẬN');
    expect(authorityIn('KT. TRƯỞNG BAN', 'party')).toBe('K/T TRƯỞNG BAN');
    expect(authorityIn('K/T CHỈ HUY TRƯỞNG', 'state')).toBe('KT. CHỈ HUY TRƯỞNG');
    expect(authorityIn('TL CHỈ HUY TRƯỞNG', 'state')).toBe('TL. CHỈ HUY TRƯỞNG');
    expect(authorityIn('T/UQ CHỈ HUY TRƯỞNG', 'state')).toBe('TUQ. CHỈ HUY TRƯỞNG');
    expect(authorityIn('TM. BỘ CHỈ HUY', 'state')).toBe('TM. BỘ CHỈ HUY');
    // A title that only begins with the same letters is left alone.
    expect(authorityIn('TMT TRƯỞNG', 'state')).toBe('TMT TRƯỞNG');
    expect(authorityIn('', 'state')).toBe('');
  });

  it('keeps the state sizes in their ranges whatever the Party sizes of settings', () => {
    const settings = documentInput({ kind: 'quarter' }).settings;
    Object.assign(settings.page, { bodySizePt: 15, agencySizePt: 14, docTypeSizePt: 16, subjectSizePt: 15 });
    const look = lookOf(settings, 'state');
    expect(look).toMatchObject({ body: 14, agency: 13, docType: 14, subject: 14, number: 13, recipients: 11 });
    expect(look.recipientsHeading).toEqual({ size: 12, bold: true, italics: true, underline: false });
    expect(SHORT_RULE_SHARE).toBeGreaterThanOrEqual(1 / 3);
  });
});

describe('settings saved before the formats existed', () => {
  it('read with the defaults: the state format for the Military Command\'s summary, each body\'s own recipients', () => {
    const saved = structuredClone(documentInput({ kind: 'quarter' }).settings) as Partial<DocumentInput['settings']>;
    delete saved.formats;
    delete saved.recipientsQuarterBdv;
    delete saved.recipientsQuarterQs;
    const qs = { ...saved.qs! } as Partial<DocumentInput['settings']['qs']>;
    delete qs.stateParent;
    delete qs.stateName;
    const read = DocumentSettings.parse({ ...saved, qs });
    expect(read.formats).toEqual({ quarterBdv: 'party', quarterQs: 'state' });
    expect(read.recipientsQuarterQs).toEqual([...DEFAULT_QUARTER_RECIPIENTS.qs]);
    expect(read.qs).toMatchObject({ stateParent: '', stateName: '' });
  });
});
