import type { ParseOutcome } from '../../shared/domain/report';
import type { ParseCatalogue } from './parse/catalogue';

/**
 * The isolated parser as the services see it: bytes in, a report or a rejection out, never a
 * throw. The Node implementation forks a worker process; the Electron shell supplies its own.
 */
export interface ReportParser {
  parse(bytes: Uint8Array, fileName: string, catalogue: ParseCatalogue): Promise<ParseOutcome>;
  close(): Promise<void>;
}
