import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/contract';
import { cli } from '../../helpers/cli';

/**
 * Every channel that changes stored data and the CLI command that makes the same change through
 * it (null: not yet, and why). A new mutating channel fails here until it gets a line.
 */
const CLI_PATH: Record<string, string | null> = {
  'app.setDisplayName': 'settings set',
  'plan.saveInfo': null, // a plan edit from a file ("plan set --file") is still to come
  'plan.saveArea': null,
  'plan.saveIndicator': null,
  'plan.saveDistrict': null,
  'plan.savePeriod': null,
  'plan.copy': 'plan copy',
  'settings.saveDocument': 'settings set',
  'import.save': 'import',
  'reconcile.settle': 'findings settle',
  'reconcile.settleMany': 'findings settle',
  'reconcile.reopen': 'findings reopen',
  'reconcile.lock': 'period lock',
  'reconcile.unlock': 'period unlock',
  'reconcile.saveSettings': 'settings set',
  'documents.saveDraft': null, // the prose of a draft is edited in Văn bản only
  'backup.create': 'db backup',
  'backup.restore': 'db restore',
  'backup.setKeep': 'settings set',
};

describe('a CLI path for every change a clerk makes', () => {
  it('lists every mutating channel of the contract, and each command it names is in the usage text', async () => {
    const mutating = CHANNELS.filter((c) => contract[c].mutates);
    // A channel that stopped mutating, or a new one, shows here.
    expect(Object.keys(CLI_PATH).sort()).toEqual([...mutating].sort());
    const usage = (await cli(['--help'])).out;
    for (const [channel, command] of Object.entries(CLI_PATH)) if (command) expect(usage, channel).toContain(`  ${command} `);
  });
});
