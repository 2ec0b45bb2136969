import path from 'node:path';
import { createAppContext, type AppContext } from '../../electron/context';
import { SEED_DIR } from '../../electron/node-paths';
import { startServices, type Services } from '../../electron/runtime';
import { tempDir } from './temp';
import { createNodeParser } from '../../electron/import/node-parser';

export async function openTestContext(dbPath = path.join(tempDir(), 'test.db')): Promise<AppContext> {
  return createAppContext({ dbPath, seedDir: SEED_DIR });
}

export async function openTestServices(dbPath = path.join(tempDir(), 'test.db')): Promise<Services> {
  // The desktop's opener stands in as one that opens nothing, so files.open runs its path check here.
  const opener = { open: async () => '', reveal: () => {} };
  return startServices({ dbPath, seedDir: SEED_DIR, shell: 'web', version: '0.0.0-test', log: () => {}, parser: createNodeParser(), opener });
}

/** Services on a database file for the length of one step, closed after it. */
export async function withServices<T>(db: string, run: (s: Services) => Promise<T>): Promise<T> {
  const s = await openTestServices(db);
  try {
    return await run(s);
  } finally {
    await s.close();
  }
}
