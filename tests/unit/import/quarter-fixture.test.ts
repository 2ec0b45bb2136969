import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReconcile } from '../../../electron/reconcile/service';
import type { Services } from '../../../electron/runtime';
import type { StagedFile } from '../../../shared/domain/import';
import type { UnitType } from '../../../shared/domain/plan';
import { openTestServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';

/**
 * The folder the end-to-end quarter test picks (tests/e2e/quarter.spec.ts) holds what its
 * generator says: 22 files certain, 4 that ask the clerk, and, once saved, exactly the three
 * planted findings. Checked here through the services so a drifting fixture fails fast and
 * clearly, not as a confusing step in the browser.
 */
const DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'cases', 'quarter-q2');
const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, { unit: string; kind: string }>;

let s: Services;
const staged = new Map<string, StagedFile>();
beforeAll(async () => {
  s = await openTestServices(path.join(tempDir('phdv-quarter-'), 'q.db'));
  for (const name of Object.keys(expected)) staged.set(name, await s.importer.stage(name, new Uint8Array(fs.readFileSync(path.join(DIR, name)))));
});
afterAll(async () => s.close());

describe('quarter-q2 fixture folder', () => {
  it('holds the 26 units of Quý II năm 2021 once each', () => {
    expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx'))).toHaveLength(26);
    expect(new Set(Object.values(expected).map((e) => e.unit)).size).toBe(26);
  });

  it('is read for certain except the four retyped files without unit or period, which ask to confirm', () => {
    for (const [name, e] of Object.entries(expected)) {
      const f = staged.get(name)!;
      const [districtCode, unitType] = e.unit.split('-');
      if (e.kind === 'no-period' || e.kind === 'no-unit') {
        expect(f.status, name).toBe('needs_confirmation');
        continue;
      }
      expect(f.status, `${name}: ${f.reason?.message}`).toBe('accepted');
      expect(f.resolved, name).toEqual({ districtCode, unitType, period: '2021-Q2' });
    }
    expect([...staged.values()].filter((f) => f.status === 'needs_confirmation')).toHaveLength(4);
  });

  it('gives exactly the three planted findings once confirmed and saved on time', async () => {
    for (const [name, e] of Object.entries(expected)) {
      const [districtCode, unitType] = e.unit.split('-') as [string, UnitType];
      const f = staged.get(name)!;
      if (f.status === 'needs_confirmation') await s.importer.confirm(f.stagingId, { districtCode, unitType, period: '2021-Q2' });
      await s.importer.save(f.stagingId, '2021-06-18');
    }
    const view = await runReconcile(s.ctx, '2021-Q2');
    const open = view.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.districtCode}-${f.unitType ?? ''} ${f.indicator ?? ''}`);
    expect(open.sort()).toEqual(['R4 528-QS TT03', 'R6 524- GN01', 'R6 527- TH01']);
  });
});
