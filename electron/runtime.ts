import path from 'node:path';
import { createAppContext, type AppContext } from './context';
import { folderSink, type FileSink } from './files/sink';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import { createHandlers } from './handlers';
import { Importer } from './import/importer';
import type { ReportParser } from './import/parser';

export interface Services {
  ctx: AppContext;
  importer: Importer;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface ServicesOptions {
  dbPath: string;
  seedDir: string;
  dataDir?: string;
  shell: 'electron' | 'web';
  version: string;
  /** The isolated workbook parser: a forked Node process, or Electron's utility process. */
  parser: ReportParser;
  /** Where generated files go; defaults to the "xuat-ra" folder of the data folder. */
  files?: FileSink;
  log?: (e: unknown) => void;
}

/** Opens the database and wires every handler behind one dispatch: the same for all transports. */
export async function startServices(o: ServicesOptions): Promise<Services> {
  const ctx = await createAppContext({ dbPath: o.dbPath, seedDir: o.seedDir, dataDir: o.dataDir });
  const importer = new Importer(ctx, o.parser);
  const files = o.files ?? folderSink(path.join(ctx.dataDir, 'xuat-ra'));
  const dispatch = createDispatch(createHandlers(), { ctx, importer, files, shell: o.shell, version: o.version }, o.log);
  return {
    ctx,
    importer,
    dispatch,
    close: async () => {
      await o.parser.close();
      await ctx.close();
    },
  };
}
