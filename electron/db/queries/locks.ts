import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface PeriodLock {
  period: string;
  lockedBy: string;
  lockedAt: string;
  note: string | null;
}

export async function getLock(db: Db, period: string): Promise<PeriodLock | null> {
  const r = await db.selectFrom('period_locks').selectAll().where('period_code', '=', period).executeTakeFirst();
  return r ? { period: r.period_code, lockedBy: r.locked_by, lockedAt: r.locked_at, note: r.note } : null;
}

export async function insertLock(db: Db, lock: PeriodLock): Promise<void> {
  await db.insertInto('period_locks').values({ period_code: lock.period, locked_by: lock.lockedBy, locked_at: lock.lockedAt, note: lock.note }).execute();
}

export async function deleteLock(db: Db, period: string): Promise<void> {
  await db.deleteFrom('period_locks').where('period_code', '=', period).execute();
}

export async function lockedPeriodCodes(db: Db): Promise<string[]> {
  return (await db.selectFrom('period_locks').select('period_code').orderBy('period_code').execute()).map((r) => r.period_code);
}
