import type { District, Indicator } from '../../shared/domain/plan';
import type { ParseOutcome } from '../../shared/domain/report';

/** What the parser needs to know of the plan: which indicators exist and how districts are named. */
export interface ImportCatalogue {
  planYear: number;
  indicators: Indicator[];
  districts: District[];
}

/**
 * The isolated parser as the services see it: bytes in, a report or a rejection out, never a
 * throw. The Node implementation forks a worker process; the Electron shell supplies its own.
 */
export interface ReportParser {
  parse(bytes: Uint8Array, fileName: string, catalogue: ImportCatalogue): Promise<ParseOutcome>;
  close(): Promise<void>;
}
