import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { fillNumberPattern, formatNumber, placeAndDate, shortDate } from '../../../electron/documents/format';
import { PROSE_PLACEHOLDER } from '../../../electron/documents/body';
import { NO_ASSESSMENT } from '../../../shared/domain/prose-compose';
import { FIRST_LINE_INDENT_MM, PARAGRAPH_SPACING_PT } from '../../../electron/documents/page';
import { recipientLines } from '../../../electron/documents/recipients';
import { absentPhrase, comparisonPhrase, wovenFigure } from '../../../electron/documents/sentences';
import type { DocumentInput, DocumentKind } from '../../../shared/domain/documents';
import { documentInput, UNREPORTED_CODE, ZERO_CODES, type InputOptions } from '../../helpers/document-input';
import { tempDir } from '../../helpers/temp';
import { attrs, bodyText, paragraphs, readParts, sections, styleXml, twips, type Parts } from './docx-parts';
import { hasValidator, validateDocx } from './external-tools';

/**
 * The Word documents read back from their XML: valid against the ECMA-376 schemas, the page, fonts
 * and styles of settings, the header block, the figures from input.figures, signatures and
 * recipients, and every setting changing what it should.
 */

const WORD_KINDS = ['six-month', 'year', 'annex', 'quarter', 'reminder'] as const satisfies readonly DocumentKind[];

async function build(options: InputOptions, edit: (i: DocumentInput) => void = () => {}): Promise<{ input: DocumentInput; bytes: Uint8Array; parts: Parts; doc: string; text: string }> {
  const input = documentInput(options);
  edit(input);
  const bytes = await buildDocument(input);
  const parts = await readParts(bytes);
  const doc = parts['word/document.xml'] ?? '';
  return { input, bytes, parts, doc, text: bodyText(doc) };
}

/** The report's own text, without the annex that follows it (whose table repeats every label). */
const reportPart = (text: string) => text.slice(0, text.indexOf('PHỤ LỤC') >= 0 ? text.indexOf('PHỤ LỤC') : undefined);

describe.skipIf(!hasValidator)(`every Word document against the OOXML schemas${hasValidator ? '' : ' (skipped: unzip/xsltproc/xmllint missing)'}`, () => {
  it('validates all five kinds, including the quarter summary of each body', async () => {
    const dir = tempDir('phdv-docx-');
    const files: string[] = [];
    for (const options of [...WORD_KINDS.map((kind) => ({ kind })), { kind: 'quarter' as const, body: 'QS' as const }]) {
      const { bytes } = await build({ kind: options.kind }, (i) => {
        if ('body' in options) i.body = options.body;
      });
      const file = path.join(dir, `${options.kind}${'body' in options ? '-qs' : ''}.docx`);
      fs.writeFileSync(file, bytes);
      files.push(file);
    }
    const result = validateDocx(files);
    expect(result.output).not.toContain('schema errors');
    expect(result.ok).toBe(true);
  });

  it('the validator does reject an invalid part (so a pass means something)', async () => {
    const dir = tempDir('phdv-docx-');
    const { bytes } = await build({ kind: 'reminder' });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('<w:body>', '<w:body><w:bogus/>'));
    const file = path.join(dir, 'broken.docx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    expect(validateDocx([file]).ok).toBe(false);
  });
});

describe('page, fonts and styles come from settings', () => {
  let six: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    six = await build({ kind: 'six-month' });
  });

  it('lays the report out on A4 portrait with the margins of settings, the annex on A4 landscape', () => {
    const [report, annex] = sections(six.doc);
    const page = six.input.settings.page;
    expect(attrs(report!, 'w:pgSz')).toMatchObject({ w: '11906', h: '16838', orient: 'portrait', code: '9' });
    expect(attrs(report!, 'w:pgMar')).toMatchObject({ top: String(twips(page.marginTopMm)), bottom: String(twips(page.marginBottomMm)), left: String(twips(page.marginLeftMm)), right: String(twips(page.marginRightMm)) });
    expect(attrs(annex!, 'w:pgSz')).toMatchObject({ w: '16838', h: '11906', orient: 'landscape' });
    // Turned a quarter turn, the binding (portrait left) margin is the landscape page's top.
    expect(attrs(annex!, 'w:pgMar')).toMatchObject({ top: String(twips(page.marginLeftMm)), bottom: String(twips(page.marginRightMm)), left: String(twips(page.marginTopMm)), right: String(twips(page.marginBottomMm)) });
  });

  it('sets the font and body size of settings as the document defaults, in Vietnamese', () => {
    const styles = six.parts['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attrs(defaults, 'w:rFonts')).toMatchObject({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' });
    expect(attrs(defaults, 'w:sz').val).toBe(String(six.input.settings.page.bodySizePt * 2));
    expect(attrs(defaults, 'w:lang').val).toBe('vi-VN');
  });

  it('justifies body paragraphs with a first-line indent and 6 pt between them', () => {
    const body = styleXml(six.parts['word/styles.xml'] ?? '', 'NoiDung');
    expect(attrs(body, 'w:jc').val).toBe('both');
    expect(attrs(body, 'w:ind').firstLine).toBe(String(twips(FIRST_LINE_INDENT_MM)));
    expect(attrs(body, 'w:spacing').before).toBe(String(PARAGRAPH_SPACING_PT * 20));
    const used = [...six.doc.matchAll(/<w:pStyle w:val="NoiDung"\/>/g)].length;
    expect(used).toBeGreaterThan(20);
  });

  it('numbers pages from page 2: a different, empty first-page header and a PAGE field in the others', () => {
    const [report] = sections(six.doc);
    expect(report).toContain('<w:titlePg/>');
    const rels = six.parts['word/_rels/document.xml.rels'] ?? '';
    const headerFile = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(report!)?.[1];
      return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]}`;
    };
    expect(six.parts[headerFile('default')]).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(six.parts[headerFile('first')]).not.toContain('PAGE');
  });

  it('writes NFC text even from decomposed settings and prose', async () => {
    const nfd = await build({ kind: 'six-month' }, (i) => {
      i.settings.signerBdv.name = 'Lê Văn Dũng'.normalize('NFD');
      i.prose.assessment = 'Ưu điểm nổi bật'.normalize('NFD');
    });
    expect(nfd.doc).toBe(nfd.doc.normalize('NFC'));
    expect(nfd.text).toContain('Lê Văn Dũng');
    expect(nfd.text).toContain('Ưu điểm nổi bật');
  });
});

describe('the six-month report', () => {
  let r: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    r = await build({ kind: 'six-month' });
  });

  it('opens with both issuing bodies, the party line, the blank number and the place and date', () => {
    const s = r.input.settings;
    const top = paragraphs(r.doc).slice(0, 8);
    expect(top).toEqual(['TỈNH ỦY QUẢNG NGÃI', 'BAN DÂN VẬN', 'BỘ CHỈ HUY QUÂN SỰ TỈNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', fillNumberPattern(s.numbers.joint, r.input.issueDate), placeAndDate(s.place, r.input.issueDate), 'BÁO CÁO']);
    expect(top[5]).toMatch(/^Số: \s{5,}-BC\/BDVTU-BCHQS$/u);
    expect(paragraphs(r.doc)[8]).toBe('Sơ kết 6 tháng đầu năm 2021 thực hiện Kế hoạch phối hợp công tác dân vận giữa Ban Dân vận Tỉnh ủy Quảng Ngãi và Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi');
  });

  it('cites the plan and has the four parts in order', () => {
    const text = reportPart(r.text);
    expect(text).toContain('Thực hiện Kế hoạch phối hợp thực hiện công tác dân vận năm 2021 giữa Ban Dân vận Tỉnh ủy Quảng Ngãi và Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi');
    const order = ['I. KẾT QUẢ THỰC HIỆN', 'II. ĐÁNH GIÁ CHUNG', 'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'].map((h) => text.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('cites the plan number and date when the plan has them', async () => {
    const numbered = await build({ kind: 'six-month' }, (i) => {
      i.plan.number = '05-KH/BDVTU-BCHQS';
      i.plan.issuedDate = '2021-01-20';
    });
    expect(numbered.text).toContain('Kế hoạch phối hợp thực hiện công tác dân vận năm 2021 (số 05-KH/BDVTU-BCHQS, ngày 20/01/2021) giữa');
  });

  it('has one sub-part per content area, each with every reported province total woven in', () => {
    const text = reportPart(r.text);
    for (const area of r.input.areas) expect(paragraphs(r.doc)).toContain(`${area.no}. ${area.title}`);
    let woven = 0;
    for (const ind of r.input.indicators) {
      const total = r.input.figures.province.byIndicator[ind.code];
      if (total === null || total === undefined || total === 0) continue;
      expect(text, ind.code).toContain(wovenFigure(ind, total));
      woven++;
    }
    expect(woven).toBeGreaterThan(35);
    expect(text).toMatch(/\d,\d{1,3} tỷ đồng/);
    expect(text).toMatch(/\d+(,\d)? triệu đồng/);
  });

  it('lists zero totals apart, leaves out what nobody reported, and names the missing units', () => {
    const text = reportPart(r.text);
    const ind = (code: string) => r.input.indicators.find((i) => i.code === code)!;
    // The zero totals of the fixture are incidents: "không phát sinh", not something the province failed to do.
    expect(text).toContain(`Không phát sinh ${ZERO_CODES.map((c) => absentPhrase(ind(c))).join(', ')}.`);
    expect(text).not.toMatch(/chưa có: [^.]*(khiếu kiện|tôn giáo)/);
    expect(text).not.toContain(absentPhrase(ind(UNREPORTED_CODE)));
    expect(text).toContain('Còn 2 đơn vị chưa gửi báo cáo: Ban Chỉ huy Quân sự huyện Mộ Đức (Quý II năm 2021); Ban Dân vận Huyện ủy Ba Tơ (cả 6 tháng đầu năm 2021).');
  });

  it('prints the prose one paragraph per line, highlights under their area', () => {
    const all = paragraphs(r.doc);
    for (const line of r.input.prose.assessment.split('\n')) expect(all).toContain(line);
    const [h1, h2] = r.input.prose.highlights[1]!.split('\n');
    expect(all).toContain(h1);
    expect(all.indexOf(h2!)).toBe(all.indexOf(h1!) + 1);
    expect(all.indexOf(h1!)).toBeGreaterThan(all.indexOf(`1. ${r.input.areas[0]!.title}`));
    expect(all.indexOf(h1!)).toBeLessThan(all.indexOf(`2. ${r.input.areas[1]!.title}`));
  });

  it('ends with the two signatures side by side, QS left and BDV right, then the recipients of settings', () => {
    const text = reportPart(r.text);
    const at = (s: string) => text.indexOf(s);
    expect(at('T/M BỘ CHỈ HUY QUÂN SỰ TỈNH')).toBeLessThan(at('T/M BAN DÂN VẬN'));
    expect(at('Đại tá Võ Tấn Tài')).toBeLessThan(at('Lê Văn Dũng'));
    expect(at('CHÍNH ỦY')).toBeGreaterThan(0);
    expect(at('TRƯỞNG BAN')).toBeGreaterThan(0);
    expect(at('Lê Văn Dũng')).toBeLessThan(at('Nơi nhận:'));
    const lines = recipientLines(r.input.settings.recipients);
    expect(text.slice(at('Nơi nhận:')).split('\n').slice(1, 1 + lines.length)).toEqual(lines);
    expect(lines.at(-1)).toBe('- Lưu: VPTU; VT BCH.');
    // The signatures share one table row.
    const signatureRow = [...r.doc.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((tr) => tr.includes('Võ Tấn Tài'));
    expect(signatureRow).toContain('Lê Văn Dũng');
  });

  it('appends the annex in a landscape section', () => {
    expect(sections(r.doc)).toHaveLength(2);
    expect(r.text.indexOf('PHỤ LỤC')).toBeGreaterThan(r.text.indexOf('Nơi nhận:'));
    expect(r.text).toContain('SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHỐI HỢP CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2021');
  });
});

describe('a report before the user has written its prose', () => {
  it('leaves no heading empty: the assessment says so in one sentence, tasks and proposals are left out', async () => {
    const r = await build({ kind: 'six-month' }, (i) => {
      i.prose = { highlights: { 1: '  \n ' }, assessment: '', tasks: '\n', proposals: '   ' };
    });
    const all = paragraphs(r.doc);
    expect(all[all.indexOf('II. ĐÁNH GIÁ CHUNG') + 1]).toBe(NO_ASSESSMENT);
    expect(all).not.toContain(PROSE_PLACEHOLDER);
    expect(all.some((p) => /^(III|IV)\. /.test(p))).toBe(false);
    const area1 = all.indexOf(`1. ${r.input.areas[0]!.title}`);
    expect(all.slice(area1 + 1, all.indexOf(`2. ${r.input.areas[1]!.title}`)).every((p) => p.startsWith('Trong '))).toBe(true);
  });
});

describe('the year report', () => {
  it('reviews the year and compares each figure with the previous year', async () => {
    const r = await build({ kind: 'year' });
    const text = reportPart(r.text);
    expect(paragraphs(r.doc)[8]).toMatch(/^Tổng kết năm 2021 thực hiện Kế hoạch phối hợp/);
    expect(text).toContain('III. NHIỆM VỤ TRỌNG TÂM NĂM 2022');
    const tt01 = r.input.indicators.find((i) => i.code === 'TT01')!;
    const now = r.input.figures.province.byIndicator.TT01!;
    const before = r.input.previous!.province.byIndicator.TT01!;
    expect(text).toContain(`${wovenFigure(tt01, now)} (${comparisonPhrase(now, before, 'năm 2020')})`);
    expect((text.match(/so với năm 2020/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('makes no comparison without the previous year', async () => {
    const r = await build({ kind: 'year', withPrevious: false });
    expect(r.text).not.toContain('so với năm 2020');
  });
});

describe('the quarterly summary of one body', () => {
  it('issued by the Board: its header, its number pattern, its signer alone, recipients at the left', async () => {
    const r = await build({ kind: 'quarter' });
    const s = r.input.settings;
    expect(paragraphs(r.doc).slice(0, 4)).toEqual(['TỈNH ỦY QUẢNG NGÃI', 'BAN DÂN VẬN', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(r.text).toContain(fillNumberPattern(s.numbers.quarterBdv, r.input.issueDate));
    expect(r.text).not.toContain('BỘ CHỈ HUY QUÂN SỰ TỈNH');
    expect(r.text).toContain('Lê Văn Dũng');
    expect(r.text).not.toContain('Võ Tấn Tài');
    expect(r.text).toContain('Trong Quý II năm 2021, toàn tỉnh đã thực hiện:');
    const closing = [...r.doc.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((tr) => tr.includes('Lê Văn Dũng'));
    expect(closing).toContain('Nơi nhận:');
  });

  it('issued by the Military Command: the QS header in state format, number pattern and signer', async () => {
    const r = await build({ kind: 'quarter' }, (i) => {
      i.body = 'QS';
    });
    const s = r.input.settings;
    // A document of the Military Command alone carries the national title, not the party line.
    // The rule under the agency name is an empty paragraph: no "*" in the state format.
    expect(paragraphs(r.doc).slice(0, 5)).toEqual(['QUÂN KHU 5', 'BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(r.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(r.text).toContain(fillNumberPattern(s.numbers.quarterQs, r.input.issueDate));
    expect(r.text).toContain('Đại tá Võ Tấn Tài');
    expect(r.text).not.toContain('Lê Văn Dũng');
    expect(r.text).toContain('Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi báo cáo kết quả thực hiện Quý II năm 2021');
  });
});

describe('the reminder letter', () => {
  it('has the subject under the number, the addressees, each unit\'s status, the deadline and joint signatures', async () => {
    const r = await build({ kind: 'reminder' });
    const all = paragraphs(r.doc);
    const number = fillNumberPattern(r.input.settings.numbers.reminder, r.input.issueDate);
    expect(all.indexOf(number)).toBeGreaterThan(0);
    expect(all[all.indexOf(number) + 1]).toBe('V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch phối hợp công tác dân vận Quý II năm 2021');
    expect(all).toContain('Kính gửi:');
    for (const u of r.input.reminder!.units) expect(r.text).toContain(u.unitName);
    expect(all).toContain('1. Ban Chỉ huy Quân sự huyện Mộ Đức: chưa gửi báo cáo.');
    expect(all).toContain('3. Ban Chỉ huy Quân sự huyện Sơn Hà: gửi báo cáo chậm 5 ngày so với thời hạn.');
    expect(r.text).toContain(`trước ngày ${shortDate(r.input.reminder!.deadline)}`);
    expect(r.text.indexOf('Đại tá Võ Tấn Tài')).toBeLessThan(r.text.indexOf('Lê Văn Dũng'));
    expect(r.text.slice(r.text.indexOf('Nơi nhận:')).split('\n').slice(1, 3)).toEqual(['- Như trên,', '- Lưu: VPTU; VT BCH.']);
  });
});

describe('changing settings changes the documents', () => {
  it('signatory, agency, party line, place, number pattern and recipients', async () => {
    const r = await build({ kind: 'six-month' }, (i) => {
      // Typed the state way: the Party document writes it with the slash.
      i.settings.signerBdv = { onBehalf: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', rank: '', name: 'Nguyễn Thị Hoa' };
      i.settings.signerQs.rank = 'Thượng tá';
      i.settings.bdv.name = 'Ban Dân vận Tỉnh ủy thử nghiệm';
      i.settings.place = 'Đức Phổ';
      i.settings.numbers.joint = 'Số {so}-BC/BDV-QS';
      i.settings.recipients = ['Thường trực Tỉnh ủy', 'Lưu: VT'];
    });
    expect(r.text).toContain('Nguyễn Thị Hoa');
    expect(r.text).toContain('K/T TRƯỞNG BAN');
    expect(r.text).not.toContain('KT. TRƯỞNG BAN');
    expect(r.text).toContain('PHÓ TRƯỞNG BAN');
    expect(r.text).not.toContain('Lê Văn Dũng');
    expect(r.text).toContain('Thượng tá Võ Tấn Tài');
    expect(r.text).toContain('BAN DÂN VẬN TỈNH ỦY THỬ NGHIỆM');
    expect(r.text).toContain('Đức Phổ, ngày 15 tháng 6 năm 2021');
    expect(r.text).toContain(fillNumberPattern('Số {so}-BC/BDV-QS', '2021-06-15'));
    expect(r.text).toContain('- Thường trực Tỉnh ủy,\n- Lưu: VT.');
    expect(r.text).not.toContain('Ban Dân vận Trung ương,');
  });

  it('margins, font family and sizes', async () => {
    const r = await build({ kind: 'six-month' }, (i) => {
      Object.assign(i.settings.page, { marginLeftMm: 35, marginTopMm: 25, marginRightMm: 20, marginBottomMm: 15, fontFamily: 'Arial', bodySizePt: 13, partyLineSizePt: 16 });
    });
    const [report, annex] = sections(r.doc);
    expect(attrs(report!, 'w:pgMar')).toMatchObject({ left: String(twips(35)), top: String(twips(25)), right: String(twips(20)), bottom: String(twips(15)) });
    expect(attrs(annex!, 'w:pgMar')).toMatchObject({ top: String(twips(35)), left: String(twips(25)) });
    const styles = r.parts['word/styles.xml'] ?? '';
    expect(attrs(styles, 'w:rFonts').ascii).toBe('Arial');
    expect(attrs(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '', 'w:sz').val).toBe('26');
    const party = /<w:p>(?:(?!<\/w:p>)[\s\S])*ĐẢNG CỘNG SẢN VIỆT NAM[\s\S]*?<\/w:p>/.exec(r.doc)?.[0] ?? '';
    expect(attrs(party, 'w:sz').val).toBe('32');
  });

  it('the figures: a different total prints a different sentence', async () => {
    const r = await build({ kind: 'six-month' }, (i) => {
      i.figures.province.byIndicator.TT01 = 4321;
    });
    const tt01 = r.input.indicators.find((i) => i.code === 'TT01')!;
    expect(r.text).toContain(`${formatNumber(4321)} buổi`);
    expect(r.text).toContain(wovenFigure(tt01, 4321));
  });
});

describe('the benchmark', () => {
  // The figure itself (the 1 s target) belongs to `npm run bench`: a unit test on a shared machine
  // would fail on the machine's load, not on the code.
  it('times the six-month report with its annex against docx packing alone', async () => {
    const { benchDocuments } = await import('../../bench/documents');
    const r = await benchDocuments(documentInput({ kind: 'six-month' }));
    expect(r.buildMs).toBeGreaterThan(0);
    expect(r.packOnlyMs).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.buildMs / r.packOnlyMs, 6);
  });
});
