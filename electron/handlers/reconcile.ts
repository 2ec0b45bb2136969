import * as rec from '../reconcile/service';
import type { HandlerGroup } from './types';

export const reconcileHandlers = {
  'reconcile.run': ({ period }, { ctx }) => rec.runReconcile(ctx, period),
  'reconcile.settle': (input, { ctx }) => rec.settleFinding(ctx, input),
  'reconcile.settleMany': (input, { ctx }) => rec.settleMany(ctx, input),
  'reconcile.reopen': async ({ period, key, reason }, { ctx }) => {
    await rec.reopenFinding(ctx, period, key, reason);
    return null;
  },
  'reconcile.lock': ({ period, note }, { ctx }) => rec.lockPeriod(ctx, period, note),
  'reconcile.unlock': ({ period, reason }, { ctx }) => rec.unlockPeriod(ctx, period, reason),
  'reconcile.history': (q, { ctx }) => rec.figureHistory(ctx, q),
  'reconcile.compare': ({ period, districtCode }, { ctx }) => rec.compareDistrict(ctx, period, districtCode),
  'reconcile.getSettings': ({ year }, { ctx }) => rec.getReconcileSettings(ctx, year),
  'reconcile.saveSettings': ({ year, settings }, { ctx }) => rec.saveReconcileSettings(ctx, year, settings),
  'figures.get': ({ period }, { ctx }) => rec.periodFigures(ctx, period),
} satisfies HandlerGroup<'reconcile' | 'figures'>;
