import type { AppInfo } from '../../shared/domain/app';
import { backupKeep } from '../backup/service';
import type { AppContext } from '../context';
import { getAppSetting, setAppSetting } from '../db/queries/app-settings';
import { writeAudit } from '../db/queries/audit';
import { lockedPeriodCodes } from '../db/queries/locks';
import { listPlans } from '../db/queries/plan';
import { countReports, reportedPeriods } from '../db/queries/reports';

/** What the shell that runs us says of itself; the rest of AppInfo comes from the data. */
export interface ShellInfo {
  version: string;
  shell: AppInfo['shell'];
}

export async function appInfo(ctx: AppContext, shell: ShellInfo): Promise<AppInfo> {
  const actor = await ctx.actor();
  const plans = await listPlans(ctx.db);
  return {
    version: shell.version,
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
    shell: shell.shell,
    backupKeep: await backupKeep(ctx),
    journalMode: String(ctx.raw.pragma('journal_mode', { simple: true })),
  };
}

/** The name the audit shows for this user; the change itself is audited under the old name, so the log says who renamed whom. */
export async function setDisplayName(ctx: AppContext, shell: ShellInfo, displayName: string): Promise<AppInfo> {
  const before = await ctx.actor();
  if (before.displayName !== displayName) {
    await ctx.db.transaction().execute(async (trx) => {
      await setAppSetting(trx, 'display_name', displayName);
      await writeAudit(trx, before, { action: 'update', entity: 'app_setting', entityKey: 'display_name', oldValue: before.displayName, newValue: displayName });
    });
  }
  return appInfo(ctx, shell);
}
