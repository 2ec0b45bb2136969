import { describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../../shared/domain/documents';
import { openTestServices } from '../../helpers/services';

/**
 * Area numbers are record keys, which JSON turns into strings: the schema reads them back as
 * numbers (shared/contract.ts AreaKey), so no layer converts them by hand and none can forget to.
 */
const item = (text: string) => ({ text, chosen: true, sources: [] });
const lists = { strengths: [], shortcomings: [], causes: [], tasks: [], proposals: [] };
const prose = (highlights: Record<string, string>, picked?: Record<string, ReturnType<typeof item>[]>) => ({
  ...(picked ? { picks: { ...lists, highlights: picked } } : {}),
  highlights,
  assessment: 'Hoàn thành chỉ tiêu.',
  tasks: 'Tiếp tục phối hợp.',
  proposals: 'Không.',
});

describe('documents.saveDraft: highlight keys are area numbers', () => {
  it('keeps a text under its area number, whether the key came as "2" or "02", in the text and in the picks', async () => {
    const s = await openTestServices();
    try {
      // JSON.parse(JSON.stringify(…)) is what IPC and HTTP do to the payload.
      const save = async (p: ReturnType<typeof prose>) => {
        const r = await s.dispatch('documents.saveDraft', JSON.parse(JSON.stringify({ kind: 'quarter', period: '2021-Q2', prose: p })));
        if (!r.ok) throw new Error(r.error.message);
        return (r.value as DocumentDraft).prose;
      };
      const text = await save(prose({ '02': 'Hội nghị tuyên truyền.' }));
      expect(text.highlights[2]).toBe('Hội nghị tuyên truyền.');
      expect(Object.keys(text.highlights)).not.toContain('02');
      const picked = await save(prose({}, { '3': [item('Dân vận khéo.')], '01': [item('Gương người tốt.')] }));
      expect(picked.picks?.highlights[3]?.map((i) => i.text)).toEqual(['Dân vận khéo.']);
      expect(picked.picks?.highlights[1]?.map((i) => i.text)).toEqual(['Gương người tốt.']);
      expect(picked.highlights[3]).toContain('Dân vận khéo.');
    } finally {
      await s.close();
    }
  });

  it.each([['ba'], ['-1'], ['1.5'], ['100'], ['']])('refuses the key %j as not an area number, in Vietnamese', async (key) => {
    const s = await openTestServices();
    try {
      for (const p of [prose({ [key]: 'x' }), prose({}, { [key]: [item('x')] })]) {
        const r = await s.dispatch('documents.saveDraft', { kind: 'quarter', period: '2021-Q2', prose: p });
        expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(!r.ok && r.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ/);
      }
    } finally {
      await s.close();
    }
  });
});
