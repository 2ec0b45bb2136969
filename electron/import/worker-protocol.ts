import type { ParseOutcome } from '../../shared/domain/report';
import type { ParseCatalogue } from './parse/catalogue';
import type { PrecheckLimits } from './precheck';

/**
 * Messages between the host and the parse worker. Sent with structured clone (Node's "advanced"
 * serialization, Electron's postMessage), so the workbook bytes cross as a Uint8Array, not JSON.
 */
export interface ParseRequest {
  type: 'parse';
  id: number;
  bytes: Uint8Array;
  fileName: string;
  /** The worker keeps catalogues by key: a batch sends its catalogue once, not with every file. */
  catalogueKey: number;
  catalogue?: ParseCatalogue;
  /** Precheck limits other than the defaults (tests lift them to reach exceljs' own failures). */
  limits?: Partial<PrecheckLimits>;
}

export type WorkerRequest = ParseRequest;

export type WorkerResponse =
  | { type: 'ready' }
  /** rssMb and cpuMs (user + system since the worker started) let the host report the worker's cost. */
  | { type: 'result'; id: number; outcome: ParseOutcome; rssMb: number; cpuMs: number }
  | { type: 'missing_catalogue'; id: number };
