import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/runtime';
import type { FindingView } from '../../../shared/domain/reconcile';
import { cli } from '../../helpers/cli';
import { withServices } from '../../helpers/services';
import { tempDir } from '../../helpers/temp';
import { dumpAll, importQuarter, quarterFiles } from './helpers';

const KEY_534 = 'R6|2021-Q1|534|*|GN05|period';
const KEY_532 = 'R6|2021-Q2|532|*|GN05|period';
const KEY_528 = 'R6|2021-Q2|528|*|GN05|period';


async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function finding(s: Services, period: string, key: string): Promise<FindingView> {
  const view = await ok(s.dispatch('reconcile.run', { period }) as never as Promise<{ ok: true; value: { findings: FindingView[] } }>);
  const f = view.findings.find((x) => x.key === key);
  if (!f) throw new Error(`no finding ${key}`);
  return f;
}

/** The six-month figures without the local report ids (each PC numbers its rows itself). */
async function h1Figures(db: string): Promise<unknown> {
  const run = await cli(['figures', '--period', '2021-H1', '--db', db, '--json']);
  const f = run.json;
  return { ...f, units: f.units.map((u: { report_id: unknown }) => ({ ...u, report_id: null })) };
}

const reportCount = (db: string) =>
  (dumpAll(db).reports as { id: number; content_hash: string }[]).length;

describe('two sections, one set of figures (issue 13)', () => {
  it('B takes A’s reports and settlements, keeps the one it settled otherwise as a conflict, and after the choice both give the same six-month figures', async () => {
    const dir = tempDir();
    const dbA = path.join(dir, 'phong-chinh-tri.db');
    const dbB = path.join(dir, 'phong-dan-van.db');
    const q2ForB = quarterFiles(2).filter((f) => !/BCHQS (Nghia Hanh|Son Tay)|BDV Tra Bong/.test(f));
    await importQuarter(dbA, quarterFiles(1), '2021-03-19');
    await importQuarter(dbA, quarterFiles(2), '2021-06-19');
    await importQuarter(dbB, quarterFiles(1), '2021-03-19');
    await importQuarter(dbB, q2ForB, '2021-06-19');

    await withServices(dbA, async (s) => {
      await ok(s.dispatch('exchange.saveSettings', { section: 'QS' }));
      const f534 = await finding(s, '2021-Q1', KEY_534);
      await ok(s.dispatch('reconcile.settle', { period: '2021-Q1', key: KEY_534, action: 'accept', note: 'Theo sổ cấp phát của Ban CHQS', chosenValue: f534.values.QS! }));
      await ok(s.dispatch('reconcile.settle', { period: '2021-Q2', key: KEY_532, action: 'explain', note: 'Ban CHQS tính cả quà của đơn vị bộ đội' }));
      const f528 = await finding(s, '2021-Q2', KEY_528);
      const reports = await ok(s.dispatch('reports.list', { year: 2021, period: '2021-Q2' }) as never as Promise<{ ok: true; value: { id: number; districtCode: string; unitType: string }[] }>);
      const qs = reports.find((r) => r.districtCode === '528' && r.unitType === 'QS')!;
      expect(f528.cells!.some((c) => c.reportId === qs.id && c.field === 'period')).toBe(true);
      await ok(s.dispatch('reconcile.settle', { period: '2021-Q2', key: KEY_528, action: 'correct', note: 'Ban CHQS xác nhận qua điện thoại', corrections: [{ reportId: qs.id, indicator: 'GN05', field: 'period', value: f528.values.BDV! }] }));
    });
    await withServices(dbB, async (s) => {
      await ok(s.dispatch('exchange.saveSettings', { section: 'BDV' }));
      const f534 = await finding(s, '2021-Q1', KEY_534);
      await ok(s.dispatch('reconcile.settle', { period: '2021-Q1', key: KEY_534, action: 'accept', note: 'Theo sổ cấp phát của Ban CHQS', chosenValue: f534.values.BDV! }));
    });

    const pkg = path.join(dir, 'goi.pdvtd');
    const exported = await cli(['exchange', 'export', '--year', '2021', '--out', pkg, '--db', dbA, '--json']);
    expect(exported.code, exported.err).toBe(0);

    // The preview writes nothing and says what the import will do.
    const before = dumpAll(dbB);
    const dry = await cli(['exchange', 'import', pkg, '--dry-run', '--db', dbB, '--json']);
    expect(dry.code, dry.err).toBe(0);
    expect(dumpAll(dbB)).toEqual(before);
    const preview = dry.json;
    expect(preview.package).toMatchObject({ section: 'QS', sectionLabel: 'Phòng Chính trị', planYear: 2021 });
    expect(preview.reports.incoming.filter((r: { outcome: string }) => r.outcome !== 'duplicate').map((r: { districtCode: string; unitType: string; outcome: string }) => `${r.districtCode}-${r.unitType} ${r.outcome}`).sort()).toEqual(['525-BDV accepted', '530-QS accepted', '532-QS accepted']);
    expect(preview.reports.onlyHere).toEqual([]);
    const outcome = (key: string) => preview.settlements.find((s: { theirs: { key: string } }) => s.theirs.key === key)?.outcome;
    expect([outcome(KEY_534), outcome(KEY_532), outcome(KEY_528)]).toEqual(['conflict', 'applied', 'applied']);
    expect(preview.conflicts).toHaveLength(1);

    const real = await cli(['exchange', 'import', pkg, '--db', dbB, '--json']);
    expect(real.code, real.err).toBe(0);
    expect(real.json.settlements.map((s: { outcome: string }) => s.outcome)).toEqual(preview.settlements.map((s: { outcome: string }) => s.outcome));
    expect(real.json.backup).toMatch(/truoc-trao-doi-.*\.db$/);
    expect(reportCount(dbB)).toBe(reportCount(dbA));

    // Every row the import wrote names the package and the section.
    const audit = (dumpAll(dbB).audit_log as { id: number; action: string; reason: string | null }[]).filter((r) => !before.audit_log!.some((b) => (b as { id: number }).id === r.id));
    expect(audit.length).toBeGreaterThan(5);
    for (const r of audit) expect(r.reason, r.action).toMatch(/gói trao đổi "goi\.pdvtd" \(mã [0-9a-f-]{36}\) của Phòng Chính trị/);

    // Where they agree B's figures are A's; the one conflict is listed with both versions.
    const conflicts = await cli(['exchange', 'conflicts', '--period', '2021-Q1', '--db', dbB, '--json']);
    expect(conflicts.json.conflicts).toHaveLength(1);
    const c = conflicts.json.conflicts[0];
    expect(c).toMatchObject({ kind: 'settlement', key: KEY_534, label: 'Khác với bên Phòng Chính trị', resolvedAt: null, ours: { status: 'accepted' }, theirs: { status: 'accepted' } });
    expect(c.ours.chosenValue).not.toBe(c.theirs.chosenValue);
    const [figA, figB] = [await h1Figures(dbA), await h1Figures(dbB)];
    expect(figB).not.toEqual(figA);

    const resolved = await cli(['exchange', 'resolve', '--id', String(c.id), '--use', 'theirs', '--db', dbB, '--json']);
    expect(resolved.code, resolved.err).toBe(0);
    expect(resolved.json).toMatchObject({ choice: 'theirs', resolvedAt: expect.any(String) });
    expect(await h1Figures(dbB)).toEqual(await h1Figures(dbA));

    // The same package again changes nothing: not a row, not an audit row.
    const settled = dumpAll(dbB);
    const again = await cli(['exchange', 'import', pkg, '--db', dbB, '--json']);
    expect(again.code, again.err).toBe(0);
    expect(again.json).toMatchObject({ changes: false, backup: null, conflicts: [] });
    expect(dumpAll(dbB)).toEqual(settled);
  }, 180_000);
});
