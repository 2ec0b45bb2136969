import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

export async function getAppSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setAppSetting(db: Kysely<Database> | Transaction<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
