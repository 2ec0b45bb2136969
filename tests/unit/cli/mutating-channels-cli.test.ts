import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/contract';
import { cli } from '../../helpers/cli';

/**
 * Every channel that changes stored data and the CLI command that makes the same change through
 * it. A new mutating channel fails here until it gets a line.
 */
const CLI_PATH: Record<string, string> = {
  'app.setDisplayName': 'settings set',
  'plan.saveInfo': 'plan set',
  'plan.saveArea': 'plan set',
  'plan.saveIndicator': 'plan set',
  'plan.saveDistrict': 'plan set',
  'plan.savePeriod': 'plan set',
  'plan.copy': 'plan copy',
  'settings.saveDocument': 'settings set',
  'import.save': 'import',
  'reconcile.settle': 'findings settle',
  'reconcile.settleMany': 'findings settle',
  'reconcile.reopen': 'findings reopen',
  'reconcile.lock': 'period lock',
  'reconcile.unlock': 'period unlock',
  'reconcile.saveSettings': 'settings set',
  'documents.saveDraft': 'draft save',
  'backup.create': 'db backup',
  'backup.restore': 'db restore',
  'backup.setKeep': 'settings set',
  'exchange.import': 'exchange import',
  'exchange.resolve': 'exchange resolve',
  'exchange.saveSettings': 'exchange settings',
};

describe('a CLI path for every change a clerk makes', () => {
  it('lists every mutating channel of the contract, and each command it names is in the usage text', async () => {
    const mutating = CHANNELS.filter((c) => contract[c].mutates);
    // A channel that stopped mutating, or a new one, shows here.
    expect(Object.keys(CLI_PATH).sort()).toEqual([...mutating].sort());
    const usage = (await cli(['--help'])).out;
    for (const [channel, command] of Object.entries(CLI_PATH)) expect(usage, channel).toContain(`  ${command} `);
  });
});
