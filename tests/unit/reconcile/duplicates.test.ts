import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const FOLDER = path.resolve(import.meta.dirname, '../../fixtures/cases/quarter-q3-2021-corrections');

describe('R3 reflects what arrived', () => {
  it('gives a file received again byte for byte an information finding in the period, not only an import status', async () => {
    const db = path.join(tempDir(), 'dup.db');
    const original = path.join(FOLDER, 'BC quy 3-2021 BDV Son Ha.xlsx');
    const copy = path.join(FOLDER, 'BC quy 3-2021 BDV Son Ha (1).xlsx');
    await cli(['import', original, '--db', db, '--received', '2021-09-20', '--json']);
    const before = await cli(['reconcile', '--period', '2021-Q3', '--db', db, '--json']);
    expect(before.json.findings.filter((f: { rule: string }) => f.rule === 'R3')).toEqual([]);

    const again = await cli(['import', copy, '--db', db, '--received', '2021-09-24', '--json']);
    expect(again.json.files[0].status).toBe('duplicate');
    const after = await cli(['reconcile', '--period', '2021-Q3', '--db', db, '--json']);
    const r3 = after.json.findings.filter((f: { rule: string }) => f.rule === 'R3');
    expect(r3).toHaveLength(1);
    expect(r3[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/Son Ha \(1\)\.xlsx" \(nhận ngày 24\/09\/2021\) giống hệt.*phiên bản 1/) });
    // Another period knows nothing of it.
    const q2 = await cli(['reconcile', '--period', '2021-Q2', '--db', db, '--json']);
    expect(q2.json.findings.filter((f: { rule: string }) => f.rule === 'R3')).toEqual([]);
  });
});
