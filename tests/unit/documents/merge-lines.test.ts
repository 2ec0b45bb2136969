import { describe, expect, it } from 'vitest';
import { mergeLines, type SourcedLine } from '../../../electron/documents/merge-lines';
import { SEED_DIR } from '../../../electron/node-paths';
import { readSeed } from '../../../electron/plan/seed';

const { districts } = readSeed(SEED_DIR);
const nameOf = (code: string) => districts.find((d) => d.code === code)!.name;
const qs = (districtCode: string, text: string): SourcedLine => ({ districtCode, unitType: 'QS', text, period: '2021-Q2' });

describe('lines that name a place', () => {
  // Found by the quarter test: the first unit's name stood in a sentence said of three districts.
  it('are not merged across districts, so no district is credited with what another unit did', () => {
    const codes = ['524', '527', '528'];
    const lines = codes.map((c) => qs(c, `Ban Chỉ huy Quân sự huyện ${nameOf(c)} phối hợp tổ chức tuyên truyền, thăm hỏi gia đình chính sách trong quý.`));
    const merged = mergeLines(lines, districts, { nameDistricts: true });
    expect(merged).toHaveLength(3);
    for (const [i, c] of codes.entries()) {
      expect(merged[i]!.lines.map((l) => l.districtCode)).toEqual([c]);
      for (const other of codes.filter((o) => o !== c)) expect(merged[i]!.text).not.toContain(nameOf(other));
      // It says where already: no "Tại huyện …," before it.
      expect(merged[i]!.text).toBe(`Ban Chỉ huy Quân sự huyện ${nameOf(c)} phối hợp tổ chức tuyên truyền, thăm hỏi gia đình chính sách trong quý.`);
    }
  });

  it('naming another district than its own stays apart too', () => {
    const lines = [qs('527', `Phối hợp giúp nhân dân huyện ${nameOf('524')} khắc phục hậu quả bão`), qs('528', `Phối hợp giúp nhân dân huyện ${nameOf('524')} khắc phục hậu quả bão`)];
    const merged = mergeLines(lines, districts, { nameDistricts: true });
    expect(merged).toHaveLength(2);
    // The line names another district: who did it still stands before it.
    expect(merged[0]!.text).toBe(`Huyện ${nameOf('527')} phối hợp giúp nhân dân huyện ${nameOf('524')} khắc phục hậu quả bão.`);
  });

  it('lines of one district naming it still merge (its two reporting units said it)', () => {
    const text = `Phối hợp tổ chức tuyên truyền tại huyện ${nameOf('524')} về phòng, chống dịch`;
    const merged = mergeLines([qs('524', text), { ...qs('524', text), unitType: 'BDV' }], districts, { nameDistricts: true });
    expect(merged).toHaveLength(1);
  });

  it('lines that name no place still merge into one sentence naming their districts', () => {
    const lines = ['524', '527'].map((c) => qs(c, 'Phối hợp tổ chức tuyên truyền, thăm hỏi gia đình chính sách trong quý.'));
    const merged = mergeLines(lines, districts, { nameDistricts: true });
    expect(merged).toHaveLength(1);
    expect(merged[0]!.text).toBe(`Các huyện ${nameOf('524')} và ${nameOf('527')} phối hợp tổ chức tuyên truyền, thăm hỏi gia đình chính sách trong quý.`);
  });
});
