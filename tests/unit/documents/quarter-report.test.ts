import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/documents';
import { notableItems, QUARTER_NOTABLE_MAX } from '../../../electron/documents/quarter-report';
import { wovenFigure } from '../../../electron/documents/sentences';
import type { DocumentInput } from '../../../shared/domain/documents';
import { documentInput } from '../../helpers/document-input';
import { tempDir } from '../../helpers/temp';
import { bodyText, paragraphs, readParts } from './docx-parts';
import { hasPdfTools, pdfPages, pdfText, squash, toPdf } from './external-tools';
import { paragraphLook } from './paragraph-look';

/**
 * The quarterly summary a body writes for its leadership: about two pages, whatever the districts
 * wrote — the province totals per content area, a few notable items, who has not reported.
 */

/** What the prefill gives a busy quarter: fifteen attributed bullets in every area, and long parts II–IV. */
const LONG_LINE = (area: number, i: number) =>
  `- Phối hợp tổ chức ${i + 1} đợt tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước tại các xã vùng sâu, vùng xa, nội dung ${area} (Ban Dân vận Huyện ủy ${['Ba Tơ', 'Sơn Hà', 'Trà Bồng'][i % 3]}).`;
const longProse = (input: DocumentInput) => {
  const block = (area: number) => Array.from({ length: 15 }, (_, i) => LONG_LINE(area, i)).join('\n');
  input.prose = { highlights: Object.fromEntries(input.areas.map((a) => [a.no, block(a.no)])), assessment: block(7), tasks: block(8), proposals: block(9) };
};

async function build(edit: (i: DocumentInput) => void) {
  const input = documentInput({ kind: 'quarter' });
  edit(input);
  const bytes = await buildDocument(input);
  const doc = (await readParts(bytes))['word/document.xml'] ?? '';
  return { input, bytes, doc, text: bodyText(doc), all: paragraphs(doc) };
}

describe('the quarterly summary\'s content', () => {
  let r: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    r = await build((i) => {
      i.body = 'QS';
      longProse(i);
    });
  });

  it('has three parts: the totals per area, the notable items, the units\' reports', () => {
    const headings = ['I. KẾT QUẢ THỰC HIỆN', 'II. MỘT SỐ KẾT QUẢ NỔI BẬT', 'III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ'].map((h) => r.all.indexOf(h));
    expect(headings.every((i) => i > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(r.text).not.toContain('NHẬN XÉT, ĐÁNH GIÁ');
    expect(r.text).not.toContain('NHIỆM VỤ');
  });

  it('gives each area one paragraph, its title in bold, every reported non-zero total in it', () => {
    for (const area of r.input.areas) {
      const p = paragraphLook(r.doc, new RegExp(`^${area.no}\\. ${area.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `, 'u'));
      expect(p.xml).toMatch(/<w:b\/>/);
      for (const ind of r.input.indicators.filter((i) => i.area === area.no)) {
        const total = r.input.figures.province.byIndicator[ind.code];
        if (total) expect(p.text, ind.code).toContain(wovenFigure(ind, total));
      }
    }
    expect(r.text).toContain('Trong Quý II năm 2021, toàn tỉnh đã thực hiện:');
  });

  it('prints at most a few notable items, taken from every area in turn, and not the long parts II–IV', () => {
    const notable = r.all.filter((p) => p.startsWith('- Phối hợp tổ chức'));
    expect(notable).toHaveLength(QUARTER_NOTABLE_MAX);
    expect(notable.map((n) => /nội dung (\d)/u.exec(n)?.[1])).toEqual(['1', '2', '3', '4']);
    expect(r.text).not.toContain('nội dung 7');
    expect(r.text).not.toContain('nội dung 9');
  });

  it('names who has not reported, and says so when everybody has', async () => {
    expect(r.text).toContain('Còn 2 đơn vị chưa gửi báo cáo: Ban Chỉ huy Quân sự huyện Mộ Đức; Ban Dân vận Huyện ủy Ba Tơ.');
    const complete = await build((i) => {
      i.figures.missing = [];
    });
    expect(complete.text).toContain('Ban Dân vận và Ban Chỉ huy Quân sự của tất cả 13 đơn vị cấp huyện đã gửi báo cáo Quý II năm 2021.');
  });

  it('leaves part II out when the districts wrote no highlight, and never prints an empty heading', async () => {
    const bare = await build((i) => {
      i.prose.highlights = { 1: '  \n' };
    });
    expect(bare.all).not.toContain('II. MỘT SỐ KẾT QUẢ NỔI BẬT');
    expect(bare.all).toContain('II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ');
  });
});

describe('notable items', () => {
  it('takes each area\'s first line, then its second, up to the maximum, without bullet marks', () => {
    expect(notableItems({ 1: '- a1\n- a2\n- a3', 2: '+ b1', 4: 'd1\nd2' }, [1, 2, 3, 4], 4)).toEqual(['a1', 'b1', 'd1', 'a2']);
    expect(notableItems({ 1: 'a1' }, [1, 2])).toEqual(['a1']);
    expect(notableItems({}, [1, 2])).toEqual([]);
  });
});

describe.skipIf(!hasPdfTools)(`the quarterly summary as LibreOffice prints it${hasPdfTools ? '' : ' (skipped: soffice/pdftotext not installed)'}`, () => {
  const printed: Record<string, { pages: number; text: string }> = {};
  const variants: Record<string, (i: DocumentInput) => void> = {
    'QS, state format, a busy quarter': (i) => {
      i.body = 'QS';
      longProse(i);
    },
    'BDV, Party format, a busy quarter': longProse,
    'QS, the prose as the clerk wrote it': (i) => {
      i.body = 'QS';
    },
  };

  beforeAll(async () => {
    const dir = tempDir('phdv-quarter-');
    const names = Object.keys(variants);
    const files: string[] = [];
    for (const [k, name] of names.entries()) {
      const input = documentInput({ kind: 'quarter' });
      variants[name]!(input);
      const file = path.join(dir, `quarter-${k}.docx`);
      fs.writeFileSync(file, await buildDocument(input));
      files.push(file);
    }
    toPdf(files, dir).forEach((pdf, k) => {
      printed[names[k]!] = { pages: pdfPages(pdf).length, text: pdfText(pdf) };
    });
  }, 300_000);

  it('fits on two A4 pages, the signature included', () => {
    for (const [name, p] of Object.entries(printed)) {
      expect(p.pages, name).toBeLessThanOrEqual(2);
      expect(p.text, name).toContain(squash('Nơi nhận:'));
    }
    expect(printed['QS, state format, a busy quarter']!.text).toContain('Đại tá Võ Tấn Tài');
    expect(printed['BDV, Party format, a busy quarter']!.text).toContain('Lê Văn Dũng');
  });
});
