import type { Kysely, Transaction } from 'kysely';
import type { AuditRow } from '../../../shared/domain/app';
import type { Database } from '../schema';

export interface Actor {
  osUser: string;
  displayName: string;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityKey: string;
  oldValue: unknown;
  newValue: unknown;
  reason?: string | null;
}

/** The entities whose audit rows mark an edit of the plan (planRevision), the restore of a database included. */
export const PLAN_ENTITIES: readonly string[] = ['plan', 'content_area', 'indicator', 'district', 'period', 'database'];

let planAuditsWritten = 0;

/**
 * How many plan audit rows this process has written (committed or not): a cache of the plan
 * asks the database for its revision again only when this moved, or another connection committed.
 */
export const planAuditCount = (): number => planAuditsWritten;

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** One row per change; callers write it in the same transaction as the change itself. */
export async function writeAudit(db: Kysely<Database> | Transaction<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  // Counted before the row is written: a cache that looks in between asks the database, which waits for this transaction.
  if (PLAN_ENTITIES.includes(entry.entity)) planAuditsWritten++;
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      os_user: actor.osUser,
      display_name: actor.displayName,
      action: entry.action,
      entity: entry.entity,
      entity_key: entry.entityKey,
      old_value: json(entry.oldValue),
      new_value: json(entry.newValue),
      reason: entry.reason ?? null,
    })
    .execute();
}

export async function listAudit(db: Kysely<Database>, filter: { entity?: string; limit: number; offset: number }): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset);
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    osUser: r.os_user,
    displayName: r.display_name,
    action: r.action,
    entity: r.entity,
    entityKey: r.entity_key,
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
  }));
}

/** Every edit of the plan writes an audit row: the newest such row identifies the plan's current state. */
export async function planRevision(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('rev'))
    .where('entity', 'in', [...PLAN_ENTITIES])
    .executeTakeFirst();
  return Number(r?.rev ?? 0);
}
