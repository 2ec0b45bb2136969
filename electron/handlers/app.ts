import type { AppInfo } from '../../shared/domain/app';
import { backupKeep } from '../backup/service';
import { getAppSetting, setAppSetting } from '../db/queries/app-settings';
import { writeAudit } from '../db/queries/audit';
import { lockedPeriodCodes } from '../db/queries/locks';
import { listPlans } from '../db/queries/plan';
import { countReports, reportedPeriods } from '../db/queries/reports';
import { auditView } from './audit-view';
import type { HandlerEnv, HandlerGroup } from './types';

async function appInfo(env: HandlerEnv): Promise<AppInfo> {
  const { ctx } = env;
  const actor = await ctx.actor();
  const plans = await listPlans(ctx.db);
  return {
    version: env.version,
    dataDir: ctx.dataDir,
    dbPath: ctx.dbPath,
    schemaVersion: ctx.raw.pragma('user_version', { simple: true }) as number,
    osUser: actor.osUser,
    displayName: actor.displayName,
    displayNameSet: (await getAppSetting(ctx.db, 'display_name')) !== null,
    currentYear: plans[0]?.year ?? null,
    lockedPeriods: await lockedPeriodCodes(ctx.db),
    reportCount: await countReports(ctx.db),
    reportedPeriods: await reportedPeriods(ctx.db),
    shell: env.shell,
    backupKeep: await backupKeep(ctx),
    journalMode: String(ctx.raw.pragma('journal_mode', { simple: true })),
  };
}

export const appHandlers = {
  'app.info': (_input, env) => appInfo(env),
  'app.setDisplayName': async ({ displayName }, env) => {
    const before = await env.ctx.actor();
    if (before.displayName !== displayName) {
      await env.ctx.db.transaction().execute(async (trx) => {
        await setAppSetting(trx, 'display_name', displayName);
        await writeAudit(trx, before, { action: 'update', entity: 'app_setting', entityKey: 'display_name', oldValue: before.displayName, newValue: displayName });
      });
    }
    return appInfo(env);
  },
  'audit.list': (input, env) => auditView(env.ctx, input),
} satisfies HandlerGroup<'app' | 'audit'>;
