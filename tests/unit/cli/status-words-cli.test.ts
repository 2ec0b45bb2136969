import { describe, expect, it } from 'vitest';
import { FINDING_STATUS_LABELS } from '../../../shared/domain/reconcile';
import { cli } from '../../helpers/cli';
import { plantedWorld } from './helpers/world';

const P = '2021-Q2';
const ENGLISH = /\b(open|accepted|corrected|explained|gone|locked|unlocked)\b/;

describe('CLI text output names finding statuses as the GUI does', () => {
  it('reconcile, findings list and findings settle print the Vietnamese labels, never the stored codes', async () => {
    const w = await plantedWorld();
    const accept = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.period.key, '--action', 'accept', '--value', String(w.bdvValue)]);
    expect(accept.code, accept.err).toBe(0);
    expect(accept.out).toContain(`(${FINDING_STATUS_LABELS.accepted})`);
    const explain = await cli(['findings', 'settle', '--db', w.db, '--period', P, '--key', w.ytd.key, '--action', 'explain', '--note', 'Hai ban tính khác đợt']);
    expect(explain.out).toContain(`(${FINDING_STATUS_LABELS.explained})`);
    for (const args of [['reconcile'], ['findings', 'list']]) {
      const r = await cli([...args, '--db', w.db, '--period', P]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(FINDING_STATUS_LABELS.accepted);
      expect(r.out).toContain(FINDING_STATUS_LABELS.explained);
      // Keys and file names are not words: only the sentences are checked.
      const words = r.out.replace(/--key \S+|--cell \S+|\S+\.xlsx/g, '');
      expect(words).not.toMatch(ENGLISH);
    }
  });

  it('one label map: the chart, the table and the CLI say the same "Đã chấp nhận"', () => {
    expect(FINDING_STATUS_LABELS).toEqual({ open: 'Chưa xử lý', accepted: 'Đã chấp nhận', corrected: 'Đã sửa số liệu', explained: 'Đã giải trình' });
  });
});
