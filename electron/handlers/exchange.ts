import * as ex from '../exchange/service';
import type { HandlerGroup } from './types';

export const exchangeHandlers = {
  'exchange.export': ({ year, period }, { ctx, files }) => ex.exportPackage(ctx, files, { year, period }),
  'exchange.preview': ({ fileName, dataBase64, year }, { ctx, importer }) => ex.previewPackage(ctx, importer, { fileName, bytes: Buffer.from(dataBase64, 'base64'), year }),
  'exchange.import': ({ fileName, dataBase64, year }, { ctx, importer }) => ex.importPackage(ctx, importer, { fileName, bytes: Buffer.from(dataBase64, 'base64'), year }),
  'exchange.conflicts': (filter, { ctx }) => ex.exchangeConflicts(ctx, filter),
  'exchange.resolve': ({ id, choose }, { ctx }) => ex.resolveConflict(ctx, id, choose),
  'exchange.getSettings': (_input, { ctx }) => ex.exchangeSettings(ctx),
  'exchange.saveSettings': (change, { ctx }) => ex.saveExchangeSettings(ctx, change),
} satisfies HandlerGroup<'exchange'>;
