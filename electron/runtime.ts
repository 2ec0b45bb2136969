import { createAppContext, type AppContext } from './context';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import { createHandlers } from './handlers';

export interface Services {
  ctx: AppContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface ServicesOptions {
  dbPath: string;
  seedDir: string;
  dataDir?: string;
  shell: 'electron' | 'web';
  version: string;
  log?: (e: unknown) => void;
}

/** Opens the database and wires every handler behind one dispatch: the same for all transports. */
export async function startServices(o: ServicesOptions): Promise<Services> {
  const ctx = await createAppContext({ dbPath: o.dbPath, seedDir: o.seedDir, dataDir: o.dataDir });
  const dispatch = createDispatch(createHandlers(), { ctx, shell: o.shell, version: o.version }, o.log);
  return { ctx, dispatch, close: () => ctx.close() };
}
