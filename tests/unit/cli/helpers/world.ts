import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import type { Channel, InputOf, OutputOf } from '../../../../shared/contract';
import type { FindingView } from '../../../../shared/domain/reconcile';
import { runReconcile } from '../../../../electron/reconcile/service';
import { plantedR6Gn05 } from '../../../helpers/reconcile-data';
import { openTestServices } from '../../../helpers/services';
import { storeDataSet } from '../../../helpers/store-dataset';
import { tempDir } from '../../../helpers/temp';

export interface World {
  db: string;
  /** The two R6 findings planted at 532 GN05, 2021-Q2: QS reported 7 more than BDV. */
  period: FindingView;
  ytd: FindingView;
  bdvValue: number;
}

let template: Promise<World> | undefined;
const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phdv-cli-world-'));
afterAll(() => fs.rmSync(templateDir, { recursive: true, force: true }));

async function buildTemplate(): Promise<World> {
  const db = path.join(templateDir, 'template.db');
  const s = await openTestServices(db);
  try {
    const { ds, bdvValue } = plantedR6Gn05();
    await storeDataSet(s.ctx, ds);
    const r6 = (await runReconcile(s.ctx, '2021-Q2')).findings.filter((f) => f.rule === 'R6');
    return { db, period: r6.find((f) => f.key.endsWith('|period'))!, ytd: r6.find((f) => f.key.endsWith('|ytd'))!, bdvValue };
  } finally {
    await s.close();
  }
}

/**
 * A database of the 26 units' 2021 reports with one planted R6 mismatch. Built once per test file
 * and copied, so every world (the CLI's and the GUI's) holds the same reports under the same ids.
 */
export async function plantedWorld(name = 'w'): Promise<World> {
  template ??= buildTemplate();
  const t = await template;
  const db = path.join(tempDir('phdv-cli-'), `${name}.db`);
  fs.copyFileSync(t.db, db);
  return { ...t, db };
}

/** The same change made the GUI's way: one channel through the dispatcher the renderer's bridge calls. */
export async function viaGui<C extends Channel>(db: string, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const s = await openTestServices(db);
  try {
    const r = await s.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as OutputOf<C>;
  } finally {
    await s.close();
  }
}

export interface ChangeRow {
  action: string;
  entity: string;
  entityKey: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
}

const lastAuditId = (db: string): number => {
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    return (d.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number) ?? 0;
  } finally {
    d.close();
  }
};

/** The audit rows a change writes, oldest first, without who and when (those differ between two runs). */
export async function auditOf(db: string, change: () => Promise<unknown>): Promise<ChangeRow[]> {
  const since = lastAuditId(db);
  await change();
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    const rows = d.prepare('SELECT action, entity, entity_key, old_value, new_value, reason FROM audit_log WHERE id > ? ORDER BY id').all(since) as { action: string; entity: string; entity_key: string; old_value: string | null; new_value: string | null; reason: string | null }[];
    return rows.map((r) => ({
      action: r.action,
      entity: r.entity,
      entityKey: r.entity_key,
      oldValue: r.old_value === null ? null : (JSON.parse(r.old_value) as unknown),
      newValue: r.new_value === null ? null : (JSON.parse(r.new_value) as unknown),
      reason: r.reason,
    }));
  } finally {
    d.close();
  }
}
