import * as docs from '../documents/service';
import type { HandlerGroup } from './types';

/** Area numbers travel as record keys, which JSON makes strings; the domain keys them by number. */
const numericKeys = <T>(r: Record<string, T>): Record<number, T> => Object.fromEntries(Object.entries(r).map(([k, v]) => [Number(k), v]));

export const documentHandlers = {
  'documents.draft': ({ kind, period }, { ctx }) => docs.getDraftFor(ctx, kind, period),
  'documents.saveDraft': ({ kind, period, prose }, { ctx }) => {
    const { picks, ...text } = prose;
    return docs.saveDraftFor(ctx, kind, period, {
      ...text,
      highlights: numericKeys(text.highlights),
      ...(picks ? { picks: { ...picks, highlights: numericKeys(picks.highlights) } } : {}),
    });
  },
  'documents.preview': (req, { ctx }) => docs.previewDocument(ctx, req),
  'documents.export': (req, { ctx, files }) => docs.exportDocument(ctx, files, req),
} satisfies HandlerGroup<'documents'>;
