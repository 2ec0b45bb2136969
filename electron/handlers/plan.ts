import { listPlans } from '../db/queries/plan';
import * as plan from '../plan/service';
import type { HandlerGroup } from './types';

export const planHandlers = {
  'plan.list': (_input, { ctx }) => listPlans(ctx.db),
  'plan.get': ({ year }, { ctx }) => plan.getPlanBundle(ctx, year),
  'plan.saveInfo': ({ plan: info }, { ctx }) => plan.savePlanInfo(ctx, info),
  'plan.saveArea': ({ year, area }, { ctx }) => plan.saveArea(ctx, year, area),
  'plan.saveIndicator': ({ year, indicator }, { ctx }) => plan.saveIndicator(ctx, year, indicator),
  'plan.saveDistrict': ({ year, district }, { ctx }) => plan.saveDistrict(ctx, year, district),
  'plan.savePeriod': ({ period }, { ctx }) => plan.savePeriod(ctx, period),
  'plan.copy': ({ fromYear, toYear, renameYear }, { ctx }) => plan.copyPlan(ctx, fromYear, toYear, { renameYear }),
  'plan.copyPreview': ({ fromYear, toYear }, { ctx }) => plan.previewCopy(ctx, fromYear, toYear),
  'settings.getDocument': ({ year }, { ctx }) => plan.getDocumentSettings(ctx, year),
  'settings.saveDocument': ({ year, settings }, { ctx }) => plan.saveDocumentSettings(ctx, year, settings),
} satisfies HandlerGroup<'plan' | 'settings'>;
