import { NARRATIVE_KEYS, type NarrativeKey } from '../../shared/domain/form';
import { NO_DIACRITICS } from '../import/parse/narrative-findings';

/** Import finding codes whose narrative block must not reach a document. */
const WITHHOLDING_CODES = new Set([NO_DIACRITICS]);

/**
 * The narrative blocks of a report that the documents leave out: text typed without Vietnamese
 * marks would be printed wrong in an official document, so the clerk asks for a retyped report
 * instead. Read from the findings stored with the report at import.
 */
export function withheldNarratives(findingsJson: string): Set<NarrativeKey> {
  const out = new Set<NarrativeKey>();
  let findings: unknown;
  try {
    findings = JSON.parse(findingsJson);
  } catch {
    return out;
  }
  if (!Array.isArray(findings)) return out;
  for (const f of findings as { code?: unknown; narrativeKey?: unknown }[]) {
    if (typeof f?.code !== 'string' || !WITHHOLDING_CODES.has(f.code)) continue;
    if ((NARRATIVE_KEYS as readonly unknown[]).includes(f.narrativeKey)) out.add(f.narrativeKey as NarrativeKey);
  }
  return out;
}
