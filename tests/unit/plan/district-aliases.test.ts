import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import type { District, PlanBundle } from '../../../shared/domain/plan';
import { openTestServices } from '../../helpers/services';

/** Names and aliases identify a district's files: the plan refuses one that would identify two, or none. */

let s: Services;
let districts: District[];
const byName = (name: string) => districts.find((d) => d.name === name)!;

beforeAll(async () => {
  s = await openTestServices();
  const r = await s.dispatch('plan.get', { year: 2021 });
  if (!r.ok) throw new Error(r.error.message);
  districts = (r.value as PlanBundle).districts;
});
afterAll(() => s.close());

const withAlias = (d: District, alias: string) => s.dispatch('plan.saveDistrict', { year: 2021, district: { ...d, aliases: [...d.aliases, alias] } });
const aliasesOf = async (code: string) => {
  const r = await s.dispatch('plan.get', { year: 2021 });
  return r.ok ? (r.value as PlanBundle).districts.find((d) => d.code === code)!.aliases : [];
};

describe('an alias already used by another district', () => {
  it('is refused with the message naming that district, and nothing is stored', async () => {
    const binhSon = byName('Bình Sơn');
    const r = await withAlias(binhSon, 'Sơn Tịnh');
    expect(r).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Bí danh "Sơn Tịnh" đã dùng cho huyện Sơn Tịnh: mỗi bí danh chỉ dùng cho một đơn vị, nếu không các tệp của đơn vị đó sẽ phải xác nhận.' },
    });
    expect(await aliasesOf(binhSon.code)).toEqual(binhSon.aliases);
    const audit = await s.dispatch('audit.list', { entity: 'district' });
    expect(audit).toMatchObject({ ok: true, value: [] });
  });

  it.each([
    ['case and diacritics folded', 'SON TINH'],
    ['spacing and punctuation folded', '  Sơn   Tịnh. '],
    ['the "huyện" prefix dropped', 'Huyện Sơn Tịnh'],
    ['the "H." prefix dropped', 'H. Son Tinh'],
    ['another district\'s alias, not its name', 'Son Tinh'],
  ])('is refused when it is the same after folding (%s)', async (_why, alias) => {
    const r = await withAlias(byName('Bình Sơn'), alias);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) expect(r.error.message).toContain('huyện Sơn Tịnh');
  });

  it('is refused across administrative prefixes: "Thị xã Quảng Ngãi" is the city of Quảng Ngãi', async () => {
    const r = await withAlias(byName('Đức Phổ'), 'Thị xã Quảng Ngãi');
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) expect(r.error.message).toContain('thành phố Quảng Ngãi');
  });

  it('is refused when it sits inside another district\'s name, which files of that district would then match', async () => {
    const r = await withAlias(byName('Bình Sơn'), 'Tây');
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) expect(r.error.message).toBe('Bí danh "Tây" nằm trong tên "Sơn Tây" của huyện Sơn Tây: tệp của huyện Sơn Tây cũng sẽ khớp với đơn vị này và phải xác nhận. Hãy ghi đầy đủ hơn.');
  });

  it('is refused when it contains another district\'s name whole', async () => {
    const r = await withAlias(byName('Bình Sơn'), 'Bình Sơn – Sơn Tịnh');
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) expect(r.error.message).toContain('chứa tên "Sơn Tịnh" của huyện Sơn Tịnh');
  });

  it('refuses a renamed district whose new name is another district\'s', async () => {
    const r = await s.dispatch('plan.saveDistrict', { year: 2021, district: { ...byName('Ba Tơ'), name: 'Ba To' } });
    expect(r).toMatchObject({ ok: true });
    const clash = await s.dispatch('plan.saveDistrict', { year: 2021, district: { ...byName('Minh Long'), name: 'Ba Tơ' } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!clash.ok) expect(clash.error.message).toMatch(/^Tên "Ba Tơ" đã dùng cho huyện Ba To/);
  });
});

describe('an alias too short or too generic to identify a district', () => {
  it.each([
    ['two letters', 'BS'],
    ['two letters split by a dot', 'B.S'],
    ['a unit type of two letters', 'QS'],
    ['digits only', '524'],
  ])('is refused as too short (%s)', async (_why, alias) => {
    const r = await withAlias(byName('Bình Sơn'), alias);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toContain('quá ngắn để nhận ra đơn vị');
  });

  it.each(['BDV', 'Huyện', 'H. Ban Dân vận', 'BCHQS', 'Ban Dân vận', 'Ban CHQS', 'thị xã', 'Thành phố', 'Báo cáo'])('is refused as a word every report carries: %s', async (alias) => {
    const r = await withAlias(byName('Bình Sơn'), alias);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!r.ok) expect(r.error.message).toContain('là từ chung');
  });
});

describe('aliases that identify one district only', () => {
  it('are accepted, including ones repeating the district\'s own name and three-letter ones, each with an audit row', async () => {
    const lySon = byName('Lý Sơn');
    const aliases = [...lySon.aliases, 'Huyện đảo Lý Sơn', 'LYS', 'H. LS', 'ly son', 'Lý Sơn cũ'];
    const r = await s.dispatch('plan.saveDistrict', { year: 2021, district: { ...lySon, aliases } });
    expect(r).toMatchObject({ ok: true });
    expect(await aliasesOf(lySon.code)).toEqual(aliases);
    const audit = await s.dispatch('audit.list', { entity: 'district' });
    expect(audit.ok && (audit.value as { entityKey: string }[]).some((row) => row.entityKey === `2021/${lySon.code}`)).toBe(true);
  });
});
