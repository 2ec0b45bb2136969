import type { Api, Channel, InputOf, OutputOf } from './contract';
import type { Result } from './result';

/** One transport's way to carry a call to the services: IPC in Electron, HTTP in the browser. */
export type Transport = <C extends Channel>(channel: C, input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/**
 * The renderer's `Api` over a transport, written out channel by channel so that `satisfies Api`
 * checks each key and signature: a channel missing, added or wired to another channel's types
 * fails `tsc`. (Built from `CHANNELS` at run time, the object would need a cast that checks
 * nothing.) A new channel in the contract makes this literal fail to compile until it is added.
 */
export function bridgeApi(send: Transport): Api {
  const to =
    <C extends Channel>(channel: C) =>
    (input: InputOf<C>) =>
      send(channel, input);
  return {
    'app.info': to('app.info'),
    'app.setDisplayName': to('app.setDisplayName'),
    'plan.list': to('plan.list'),
    'plan.get': to('plan.get'),
    'plan.saveInfo': to('plan.saveInfo'),
    'plan.saveArea': to('plan.saveArea'),
    'plan.saveIndicator': to('plan.saveIndicator'),
    'plan.saveDistrict': to('plan.saveDistrict'),
    'plan.savePeriod': to('plan.savePeriod'),
    'plan.copy': to('plan.copy'),
    'plan.copyPreview': to('plan.copyPreview'),
    'settings.getDocument': to('settings.getDocument'),
    'settings.saveDocument': to('settings.saveDocument'),
    'import.stage': to('import.stage'),
    'import.confirm': to('import.confirm'),
    'import.save': to('import.save'),
    'import.drop': to('import.drop'),
    'import.refresh': to('import.refresh'),
    'import.choose': to('import.choose'),
    'reports.list': to('reports.list'),
    'template.save': to('template.save'),
    'reconcile.run': to('reconcile.run'),
    'reconcile.settle': to('reconcile.settle'),
    'reconcile.settleMany': to('reconcile.settleMany'),
    'reconcile.reopen': to('reconcile.reopen'),
    'reconcile.lock': to('reconcile.lock'),
    'reconcile.unlock': to('reconcile.unlock'),
    'reconcile.history': to('reconcile.history'),
    'reconcile.compare': to('reconcile.compare'),
    'reconcile.getSettings': to('reconcile.getSettings'),
    'reconcile.saveSettings': to('reconcile.saveSettings'),
    'figures.get': to('figures.get'),
    'documents.draft': to('documents.draft'),
    'documents.saveDraft': to('documents.saveDraft'),
    'documents.preview': to('documents.preview'),
    'documents.export': to('documents.export'),
    'files.open': to('files.open'),
    'backup.create': to('backup.create'),
    'backup.list': to('backup.list'),
    'backup.restore': to('backup.restore'),
    'backup.setKeep': to('backup.setKeep'),
    'exchange.export': to('exchange.export'),
    'exchange.preview': to('exchange.preview'),
    'exchange.import': to('exchange.import'),
    'exchange.conflicts': to('exchange.conflicts'),
    'exchange.resolve': to('exchange.resolve'),
    'exchange.getSettings': to('exchange.getSettings'),
    'exchange.saveSettings': to('exchange.saveSettings'),
    'audit.list': to('audit.list'),
  } satisfies Api;
}
