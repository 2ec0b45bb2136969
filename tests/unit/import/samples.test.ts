import { describe, expect, it } from 'vitest';
import { REJECTION_CODES } from '../../../shared/domain/report';
import { parseWorkbook } from '../../../electron/import/parse';
import { seedCatalogue } from '../../helpers/catalogue';
import { sampleFiles } from './fixtures';

const collapse = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, ' ').trim());
const samples = sampleFiles();

describe('sample reports (styles S1–S8)', () => {
  it('has the twelve samples with their expected extraction', () => {
    expect(samples).toHaveLength(12);
  });

  for (const { name, bytes, expected } of samples) {
    it(`${name}: ${expected.reject ? `refused as ${expected.reject}` : `${expected.district_code} ${expected.unit_type} ${expected.period}`}`, async () => {
      const out = await parseWorkbook(bytes, name, seedCatalogue());
      if (expected.reject) {
        expect(out.ok).toBe(false);
        if (out.ok) return;
        expect(REJECTION_CODES).toContain(out.rejection.code);
        expect(out.rejection.code).toBe(expected.reject);
        expect(out.rejection.message).toMatch(/[à-ỹ]/);
        return;
      }
      expect(out.ok, out.ok ? '' : `${out.rejection.code}: ${out.rejection.detail}`).toBe(true);
      if (!out.ok) return;
      const r = out.report;
      expect(r.identity.districtCode).toBe(expected.district_code);
      expect(r.identity.unitType).toBe(expected.unit_type);
      expect(r.identity.period).toBe(expected.period);
      expect(r.identity.candidates).toEqual([]);
      expect(r.encoding).toBe('unicode');

      const values = expected.values ?? {};
      expect(Object.keys(r.values).sort()).toEqual(Object.keys(values).sort());
      for (const [code, want] of Object.entries(values)) {
        const got = r.values[code];
        for (const part of ['period', 'ytd'] as const) {
          const w = want[part];
          const g = got?.[part];
          if (w === null) expect(g, `${code}.${part}`).toBeNull();
          else expect(Math.abs((g ?? Number.NaN) - w), `${code}.${part}: ${g} ≠ ${w}`).toBeLessThanOrEqual(1e-6);
        }
      }
      for (const [key, text] of Object.entries(expected.narrative ?? {})) {
        expect(collapse(r.narrative[key as keyof typeof r.narrative]), key).toBe(collapse(text));
      }
      // Where each figure was read: the right cells (S4 has the year-to-date column first) and scale.
      for (const [code, cell] of Object.entries(expected.cells ?? {})) {
        const trace = r.cells[code];
        expect(trace?.periodCell, code).toBe(cell.period);
        expect(trace?.ytdCell, code).toBe(cell.ytd);
        expect(trace?.labelCell, code).toBe(cell.label_cell);
        expect(trace?.scale, code).toBeCloseTo(cell.scale, 12);
      }
      for (const f of r.findings) {
        expect(f.sheet, f.message).not.toBeNull();
        expect(f.message).toMatch(/[à-ỹ]/);
      }
    });
  }

  it('reads the identity from the file name alone when the workbook says nothing (S5)', async () => {
    const s = samples.find((x) => x.name.startsWith('BaoCao_Q2_BCHQS_SonHa'));
    const out = s && (await parseWorkbook(s.bytes, s.name, seedCatalogue()));
    expect(out?.ok && out.report.identity).toMatchObject({ confidence: 'medium', sources: { district: 'filename', unitType: 'filename', period: 'filename' } });
  });

  it('reads the identification block of the clean form (S1), with date and preparer', async () => {
    const s = samples.find((x) => x.name.includes('Minh Long'));
    const out = s && (await parseWorkbook(s.bytes, s.name, seedCatalogue()));
    expect(out?.ok && out.report).toMatchObject({
      reportDate: '2021-06-11',
      preparedBy: 'Đinh Kim Lan',
      identity: { confidence: 'high', sources: { district: 'content:identification_block' } },
    });
  });

  it('notes a missing row (S2 has no TT06) and a subtotal row that is not an indicator (S6)', async () => {
    const s2 = samples.find((x) => x.name.includes('Bình Sơn'));
    const out2 = s2 && (await parseWorkbook(s2.bytes, s2.name, seedCatalogue()));
    expect(out2?.ok && out2.report.findings.filter((f) => f.code === 'row_missing').map((f) => f.message)).toEqual([expect.stringContaining('TT06')]);
    const s6 = samples.find((x) => x.name.startsWith('TuNghia'));
    const out6 = s6 && (await parseWorkbook(s6.bytes, s6.name, seedCatalogue()));
    expect(out6?.ok && out6.report.findings.find((f) => f.code === 'subtotal_row')).toMatchObject({ sheet: 'BC', cell: 'C25' });
  });
});
