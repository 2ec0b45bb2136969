import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../electron/import/parse';
import type { ParsedReport } from '../../../shared/domain/report';
import { seedCatalogue } from '../../helpers/catalogue';
import { FIXTURES } from './fixtures';

const CASES = path.join(FIXTURES, 'cases');

async function parseCase(name: string, fileName = 'bao cao.xlsx'): Promise<ParsedReport> {
  const out = await parseWorkbook(new Uint8Array(fs.readFileSync(path.join(CASES, `${name}.xlsx`))), fileName, seedCatalogue());
  if (!out.ok) throw new Error(`${name}: ${out.rejection.message}`);
  return out.report;
}

const identityNotes = (r: ParsedReport) => r.findings.filter((f) => /^(identity_|year_assumed)/.test(f.code));

describe('a data window is not a second period', () => {
  const settled: [string, string, string, { sheet: string; cell: string }][] = [
    ['title-window-crosses-year-q1', '524-BDV', '2021-Q1', { sheet: 'Sheet1', cell: 'A2' }],
    ['title-window-in-title-cell-q1', '524-BDV', '2021-Q1', { sheet: 'Sheet1', cell: 'A2' }],
    ['title-ky-bao-cao-tu-den', '527-QS', '2021-Q1', { sheet: 'Sheet1', cell: 'A3' }],
    ['title-tu-den-dotted-q3', '533-BDV', '2021-Q3', { sheet: 'Sheet1', cell: 'A2' }],
    ['window-in-ident-block-b3', '528-BDV', '2021-Q3', { sheet: 'Sheet1', cell: 'B3' }],
    ['window-only-q1', '524-BDV', '2021-Q1', { sheet: 'Sheet1', cell: 'A3' }],
  ];
  for (const [name, unit, period, at] of settled) {
    it(`${name}: ${unit} ${period}, certain, no note about the identity, period read in ${at.sheet}!${at.cell}`, async () => {
      const r = await parseCase(name);
      expect(`${r.identity.districtCode}-${r.identity.unitType}`).toBe(unit);
      expect(r.identity).toMatchObject({ period, confidence: 'high', candidates: [] });
      expect(identityNotes(r)).toEqual([]);
      expect(r.identity.certain.period).toMatchObject({ value: period, ...at });
    });
  }

  it('a window contradicting the quarter named beside it is a conflict naming the window cell, and the period is not certain', async () => {
    const r = await parseCase('window-contradicts-quarter');
    expect(r.identity.confidence).toBe('low');
    expect(r.identity.certain.period).toBeNull();
    const notes = identityNotes(r);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'identity_conflict', sheet: 'Sheet1', cell: 'A3' });
    expect(notes[0]?.message).toContain('Quý I năm 2021');
    expect(notes[0]?.message).toContain('15/06/2021 đến 14/09/2021');
    expect(notes[0]?.message).toContain('Quý III năm 2021');
  });
});

describe('identity notes name the cell they read', () => {
  it('a title naming no period: identity_missing points at the title it read', async () => {
    const r = await parseCase('title-unit-no-period');
    expect(r.identity.period).toBeNull();
    expect(r.findings.find((f) => f.code === 'identity_missing')).toMatchObject({ sheet: 'Sheet1', cell: 'A1' });
    expect(r.identity.certain).toMatchObject({ district: { value: '533', cell: 'A1' }, unitType: { value: 'QS', cell: 'A1' }, period: null });
  });

  it('a quarter without a year: year_assumed names the title cell', async () => {
    const r = await parseCase('hidden-sheet-2020-q4');
    // The identity sheet gives the year, so nothing is assumed and the title agrees with it.
    expect(r.findings.find((f) => f.code === 'year_assumed')).toBeUndefined();
    expect(r.identity.certain.period).toMatchObject({ value: '2020-Q4', source: 'hidden_sheet', sheet: '_phdv', cell: 'B6' });
  });

  it('the title against the file name: the conflict names the title cell and the file name; the title stays certain', async () => {
    const r = await parseCase('title-certain-unit-period', 'BC quy 3-2021 BCHQS Mo Duc.xlsx');
    const conflict = r.findings.find((f) => f.code === 'identity_conflict');
    expect(conflict).toMatchObject({ sheet: 'Sheet1', cell: 'A2' });
    expect(conflict?.message).toContain('Dòng tiêu đề (ô Sheet1!A2) ghi Quý II năm 2021');
    expect(conflict?.message).toContain('tên tệp "BC quy 3-2021 BCHQS Mo Duc.xlsx" ghi Quý III năm 2021');
    expect(r.identity.confidence).toBe('low');
    expect(r.identity.certain.period).toMatchObject({ value: '2021-Q2', cell: 'A2' });
  });

  it('last year\'s title is read as last year\'s period, for certain', async () => {
    const r = await parseCase('last-year-q4-2020-no-year-in-name', 'BC quy 4 BDV Ba To.xlsx');
    expect(r.identity).toMatchObject({ districtCode: '535', unitType: 'BDV', period: '2020-Q4', confidence: 'high' });
    expect(r.identity.certain.period).toMatchObject({ value: '2020-Q4', sheet: 'Báo cáo', cell: 'A3' });
  });
});
