import * as docs from '../documents/service';
import type { HandlerGroup } from './types';

export const documentHandlers = {
  'documents.draft': ({ kind, period }, { ctx }) => docs.getDraftFor(ctx, kind, period),
  'documents.saveDraft': ({ kind, period, prose }, { ctx }) => docs.saveDraftFor(ctx, kind, period, prose),
  'documents.preview': (req, { ctx }) => docs.previewDocument(ctx, req),
  'documents.export': (req, { ctx, files }) => docs.exportDocument(ctx, files, req),
} satisfies HandlerGroup<'documents'>;
