import type { Transaction } from 'kysely';
import { dateVi, localIsoDate } from '../../shared/dates';
import type { ExchangeConflict } from '../../shared/domain/exchange';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { setAppSetting } from '../db/queries/app-settings';
import { writeAudit, type Actor } from '../db/queries/audit';
import { saveDraft } from '../db/queries/documents';
import * as xq from '../db/queries/exchange';
import * as pq from '../db/queries/plan';
import type { Database } from '../db/schema';
import { settingsKey } from '../reconcile/load';
import { checkSettle, writeSettle } from '../reconcile/service';
import { originOf, saveReport, settleInputOf, type PackageSource } from './apply';
import { PackageReport, PackageSettlement, PackagePlan, PackageSettings } from './contents';
import { currentReport } from '../db/queries/reports';
import { decideSlot } from '../import/versions';

/**
 * The clerk's choice on a conflict: keep this PC's version, or take the other section's, which is
 * then written through the same code as on import (the settle code for a settlement), with an
 * audit row naming the conflict and the package it came in.
 */

type Trx = Transaction<Database>;

const sourceOf = (c: ExchangeConflict): PackageSource => ({
  source: { package: c.packageFile, packageId: c.packageId, section: c.section, conflict: c.id },
  note: `Chọn bản của bên kia: ${c.label.replace(/^Khác với bên /, '')} (gói "${c.packageFile}", mã ${c.packageId})`,
});

async function takePlan(trx: Trx, c: ExchangeConflict): Promise<void> {
  const [what] = c.key.split('/');
  const year = c.planYear;
  const p = PackagePlan.shape;
  if (what === 'plan') await pq.updatePlan(trx, p.plan.parse(c.theirs));
  else if (what === 'area') await pq.upsertArea(trx, year, p.areas.element.parse(c.theirs));
  else if (what === 'indicator') await pq.upsertIndicator(trx, year, p.indicators.element.parse(c.theirs));
  else if (what === 'district') await pq.upsertDistrict(trx, year, p.districts.element.parse(c.theirs));
  else if (what === 'period') await pq.upsertPeriod(trx, year, p.periods.element.parse(c.theirs));
  else if (what === 'document_settings') await pq.setDocumentSettingsJson(trx, year, JSON.stringify(PackageSettings.shape.document.unwrap().parse(c.theirs)));
  else if (what === 'reconcile_settings') await setAppSetting(trx, settingsKey(year), JSON.stringify(PackageSettings.shape.reconcile.parse(c.theirs)));
  else throw new AppError('invalid_input', `Không rõ loại khác biệt "${what}".`);
}

export async function resolveConflict(ctx: AppContext, id: number, choose: 'ours' | 'theirs'): Promise<ExchangeConflict> {
  const c = await xq.getConflict(ctx.db, id);
  if (!c) throw new AppError('not_found', `Không có điểm khác biệt số ${id}.`);
  if (c.resolvedAt) throw new AppError('conflict', `Điểm khác biệt số ${id} đã được chọn (${c.choice === 'ours' ? 'giữ bản của máy này' : 'dùng bản của bên kia'}) ngày ${dateVi(localIsoDate(new Date(c.resolvedAt)))} (${c.resolvedBy ?? ''}).`);
  const actor: Actor = await ctx.actor();
  const src = sourceOf(c);
  // The settle code checks the period as it stands (open, the finding still there) before anything is written.
  const settle = c.kind === 'settlement' && choose === 'theirs' ? await prepareSettlement(ctx, c) : null;
  await ctx.db.transaction().execute(async (trx) => {
    if (choose === 'theirs') {
      if (settle) await writeSettle(trx, actor, settle.input, settle.plan, originOf(settle.theirs, src));
      else if (c.kind === 'plan') {
        await takePlan(trx, c);
        // Under the plan's own entity too: the importer's catalogue follows the plan's audit rows (planRevision).
        const [what, key] = c.key.split('/');
        const entity = what === 'area' ? 'content_area' : what!;
        await writeAudit(trx, actor, { action: 'update', entity, entityKey: what === 'plan' || what === 'period' ? key! : `${c.planYear}/${key}`, oldValue: c.ours, newValue: c.theirs, reason: src.note });
      }
      else if (c.kind === 'draft') {
        const [, kind, period] = c.key.split('/');
        await saveDraft(trx, { kind: kind!, period: period!, proseJson: JSON.stringify(c.theirs), by: actor.displayName });
      }
    }
    // A report the dates could not place is kept either way: as the one that counts, or as history.
    if (c.kind === 'report' && !c.key.startsWith('workbook/')) await saveReport(trx, actor, PackageReport.parse(c.theirs), choose === 'theirs', { audit: (e) => writeAudit(trx, actor, e), src }, null);
    // A workbook that reads otherwise here: the sending section's figures only when the clerk takes them; "ours" stores nothing of it.
    if (c.kind === 'report' && c.key.startsWith('workbook/') && choose === 'theirs') await takeAsRead(trx, actor, PackageReport.parse(c.theirs), src);
    await xq.markResolved(trx, id, actor.displayName, choose);
    await writeAudit(trx, actor, { action: 'exchange_resolve', entity: 'exchange_conflict', entityKey: String(id), oldValue: c.ours, newValue: { choice: choose, kind: c.kind, key: c.key, theirs: c.theirs, source: src.source }, reason: src.note });
  });
  return (await xq.getConflict(ctx.db, id))!;
}

/** The sending section's reading, placed by the version rule against what this PC stores (the clerk chose it). */
async function takeAsRead(trx: Trx, actor: Actor, r: PackageReport, src: PackageSource): Promise<void> {
  const stored = await currentReport(trx, r.period, r.districtCode, r.unitType);
  const current = stored ? { fileName: stored.file_name, reportDate: stored.report_date, receivedDate: stored.received_date } : null;
  const decision = decideSlot({ fileName: r.fileName, reportDate: r.reportDate, receivedDate: r.receivedDate }, current, []);
  await saveReport(trx, actor, r, decision.kind !== 'older', { audit: (e) => writeAudit(trx, actor, e), src }, null);
}

async function prepareSettlement(ctx: AppContext, c: ExchangeConflict) {
  const theirs = PackageSettlement.parse(c.theirs);
  const input = await settleInputOf(ctx.db, theirs);
  if (!input) throw new AppError('not_found', 'Báo cáo mà bên kia sửa số liệu không có trên máy này: hãy nhập lại gói đầy đủ trước khi chọn.');
  return { theirs, input, plan: await checkSettle(ctx, input) };
}

