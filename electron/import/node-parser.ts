import { createParserHost, type ParserHost, type ParserHostOptions } from './isolate';
import { forkTsWorker } from './node-fork';

/** The isolated parser for Node entry points (CLI, web server, tests): a forked, warm worker. */
export function createNodeParser(options: Partial<ParserHostOptions> = {}): ParserHost {
  return createParserHost({ fork: forkTsWorker, ...options });
}
