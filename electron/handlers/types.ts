import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { AppContext } from '../context';
import type { FileSink } from '../files/sink';
import type { Importer } from '../import/importer';

export interface HandlerEnv {
  ctx: AppContext;
  importer: Importer;
  files: FileSink;
  shell: 'electron' | 'web';
  restore(from: string): Promise<{ restoredFrom: string; keptAside: string | null; migrated: string[] }>;
  version: string;
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, env: HandlerEnv) => Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
export type HandlerGroup = Partial<Handlers>;
