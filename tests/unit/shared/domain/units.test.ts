import { describe, expect, it } from 'vitest';
import { isUnitType, placeName, unitName, unitOfficialName, unitTypeLabel } from '../../../../shared/domain/units';

const binhSon = { type: 'huyện', name: 'Bình Sơn', boardUnit: 'Ban Dân vận Huyện ủy Bình Sơn', militaryUnit: 'Ban CHQS huyện Bình Sơn' };

describe('unit names, one place for every layer', () => {
  it('names the two bodies as clerks do', () => {
    expect(unitTypeLabel('BDV')).toBe('Ban Dân vận');
    expect(unitTypeLabel('QS')).toBe('Ban CHQS');
    expect(placeName(binhSon)).toBe('huyện Bình Sơn');
    expect(unitName(binhSon, 'QS')).toBe('Ban CHQS huyện Bình Sơn');
  });

  it('uses the name the plan gives each unit', () => {
    expect(unitOfficialName(binhSon, 'BDV')).toBe('Ban Dân vận Huyện ủy Bình Sơn');
    expect(unitOfficialName(binhSon, 'QS')).toBe('Ban CHQS huyện Bình Sơn');
  });

  it('labels only a known unit type read back from stored text', () => {
    expect(isUnitType('BDV')).toBe(true);
    expect(isUnitType('QS')).toBe(true);
    expect(isUnitType('bdv')).toBe(false);
    expect(isUnitType(null)).toBe(false);
  });
});
