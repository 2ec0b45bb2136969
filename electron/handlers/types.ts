import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { RestoreInfo } from '../../shared/domain/app';
import type { AppContext } from '../context';
import type { FileOpener } from '../files/open';
import type { FileSink } from '../files/sink';
import type { Importer } from '../import/importer';

export interface HandlerEnv {
  ctx: AppContext;
  importer: Importer;
  files: FileSink;
  /** Electron only: opens files of the output folder. */
  opener?: FileOpener;
  shell: 'electron' | 'web';
  restore(from: string): Promise<RestoreInfo>;
  version: string;
}

export type Handler<C extends Channel> = (input: ParsedInputOf<C>, env: HandlerEnv) => Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
/** Any subset of the handlers, as the dispatcher combines them (it checks the whole at start-up too). */
export type SomeHandlers = Partial<Handlers>;
/**
 * Exactly the handlers of the channels named with these prefixes: a group declared
 * `satisfies HandlerGroup<'backup'>` that misses a `backup.*` channel, or adds another, fails tsc.
 */
export type HandlerGroup<P extends string> = Pick<Handlers, Extract<Channel, `${P}.${string}`>>;
