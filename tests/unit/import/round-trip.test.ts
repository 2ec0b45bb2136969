import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankForms } from '../../../electron/forms/service';
import type { Services } from '../../../electron/runtime';
import { indicatorsFor } from '../../../shared/domain/plan';
import type { FigurePair } from '../../../shared/domain/report';
import { fillForm } from '../../helpers/fill-form';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

let s: Services;
beforeAll(async () => {
  s = await openTestServices(path.join(tempDir('phdv-rt-'), 'rt.db'));
});
afterAll(async () => s.close());

describe('round trip: blank forms out, filled forms in', () => {
  it('generates all 26 forms for a period, fills them, imports them with identical figures and identity from the hidden sheet', async () => {
    const forms = await blankForms(s.ctx, '2021-Q2', 'all');
    expect(forms).toHaveLength(26);
    const { indicators } = await s.importer.catalogue(2021);
    for (const [n, form] of forms.entries()) {
      const [districtCode, unitType] = form.unitId.split('-') as [string, 'BDV' | 'QS'];
      // Distinct, awkward figures per unit: decimals for money, a zero, a not-reported blank.
      const values: Record<string, FigurePair> = {};
      for (const [k, i] of indicatorsFor(indicators, unitType).entries()) {
        const base = n * 100 + k;
        values[i.code] = k === 3 ? { period: 0, ytd: 0 } : k === 5 ? { period: null, ytd: null } : i.kind === 'money' ? { period: base + 0.25, ytd: base * 2 + 0.75 } : { period: base, ytd: base * 3 };
      }
      const filled = await fillForm(form.bytes, values, { ket_qua_noi_bat: `Kết quả của ${form.unitName}`, han_che: 'Còn khó khăn về kinh phí.' });
      // A name that says nothing: the identity must come from the hidden sheet.
      const staged = await s.importer.stage(`bao-cao-${n}.xlsx`, filled);
      expect(staged.status, `${form.unitId}: ${staged.reason?.message}`).toBe('accepted');
      expect(staged.resolved).toEqual({ districtCode, unitType, period: '2021-Q2' });
      expect(staged.identity?.sources).toEqual({ district: 'hidden_sheet', unitType: 'hidden_sheet', period: 'hidden_sheet' });
      expect(staged.identity?.confidence).toBe('high');
      expect(staged.values).toEqual(values);
      expect(staged.narrative.ket_qua_noi_bat).toBe(`Kết quả của ${form.unitName}`);
      expect(staged.narrative.han_che).toBe('Còn khó khăn về kinh phí.');
      expect(staged.narrative.de_xuat).toBeNull();
      await s.importer.save(staged.stagingId, '2021-06-18');
    }
    const stored = await s.ctx.db.selectFrom('reports').select(['district_code', 'unit_type']).where('period_code', '=', '2021-Q2').execute();
    expect(stored).toHaveLength(26);
  });
});
