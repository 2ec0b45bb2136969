import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../electron/import/parse';
import type { ParseCatalogue } from '../../../electron/import/parse/catalogue';
import { checkDistrictKeys } from '../../../electron/plan/district-rules';
import type { ParsedReport } from '../../../shared/domain/report';
import { seedCatalogue } from '../../helpers/catalogue';

/**
 * The refusals of district edits are the importer's own ambiguities: each alias the plan refuses,
 * had it been stored for Bình Sơn (524), would have made real files of another district match
 * Bình Sơn too, so they would need confirmation; each alias it accepts leaves them identified.
 * Fixtures: tests/fixtures/cases/build-plan.ts.
 */

const CASES = path.join(__dirname, '../../fixtures/cases');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(CASES, name)));

function withBinhSonAlias(alias: string): ParseCatalogue {
  const seed = seedCatalogue();
  return { ...seed, districts: seed.districts.map((d) => (d.code === '524' ? { ...d, aliases: [...d.aliases, alias] } : d)) };
}

async function identify(file: string, catalogue: ParseCatalogue, fileName = 'bao cao.xlsx'): Promise<ParsedReport['identity']> {
  const out = await parseWorkbook(fixture(file), fileName, catalogue);
  if (!out.ok) throw new Error(out.rejection.message);
  return out.report.identity;
}

const refusalOf = (alias: string): string | null => {
  const cat = withBinhSonAlias(alias);
  try {
    checkDistrictKeys(cat.districts.find((d) => d.code === '524')!, cat.districts);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

const FILES: [string, string, string][] = [
  ['plan-alias-heading-son-tinh.xlsx', 'bao cao.xlsx', '527'],
  ['plan-alias-heading-qs-son-tinh.xlsx', 'bao cao.xlsx', '527'],
  ['plan-alias-no-heading.xlsx', 'BaoCao_Q2_BDV_SonTinh.xlsx', '527'],
  ['plan-alias-heading-duc-pho.xlsx', 'bao cao.xlsx', '534'],
];

describe('without a new alias', () => {
  it.each(FILES)('%s (%s) names its one district', async (file, name, code) => {
    expect(await identify(file, seedCatalogue(), name)).toMatchObject({ districtCode: code });
  });
});

describe('an alias the plan refuses would have made these files need confirmation', () => {
  it.each([
    ['Sơn Tịnh', 'plan-alias-heading-son-tinh.xlsx', 'bao cao.xlsx'],
    ['SON TINH', 'plan-alias-no-heading.xlsx', 'BaoCao_Q2_BDV_SonTinh.xlsx'],
    ['Huyện Sơn Tịnh', 'plan-alias-heading-qs-son-tinh.xlsx', 'bao cao.xlsx'],
    ['H. Son Tinh', 'plan-alias-no-heading.xlsx', 'BC Q2 BDV H. Son Tinh.xlsx'],
    ['Son Tinh', 'plan-alias-no-heading.xlsx', 'BaoCao_Q2_BDV_SonTinh.xlsx'],
    ['Sơn', 'plan-alias-heading-son-tinh.xlsx', 'bao cao.xlsx'],
    ['Ban Dân vận', 'plan-alias-heading-son-tinh.xlsx', 'bao cao.xlsx'],
    ['Thị xã', 'plan-alias-heading-duc-pho.xlsx', 'bao cao.xlsx'],
    ['Phổ', 'plan-alias-heading-duc-pho.xlsx', 'bao cao.xlsx'],
  ])('alias "%s" on Bình Sơn: %s', async (alias, file, name) => {
    expect(refusalOf(alias), 'the plan refuses it').not.toBeNull();
    const identity = await identify(file, withBinhSonAlias(alias), name);
    expect(identity.districtCode, 'the file no longer names one district').toBeNull();
    expect(identity.candidates.map((c) => c.districtCode)).toEqual(expect.arrayContaining(['524']));
  });
});

describe('an alias the plan accepts leaves every file identified', () => {
  it.each(['Bình Sơn cũ', 'H. BS', 'Huyện Bình Sơn mới', 'Binh Son (cu)'])('alias "%s" on Bình Sơn', async (alias) => {
    expect(refusalOf(alias)).toBeNull();
    for (const [file, name] of FILES) expect(await identify(file, withBinhSonAlias(alias), name), file).toEqual(await identify(file, seedCatalogue(), name));
  });
});
