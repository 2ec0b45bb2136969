import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLength } from '../../../electron/import/json-size';
import { parseWorkbook } from '../../../electron/import/parse/index';
import { blankStagedFile, entrySize } from '../../../electron/import/staging';
import { seedCatalogue } from '../../helpers/catalogue';

const CASES = path.join(import.meta.dirname, '../../fixtures/cases/save');

describe('the staging size estimate measures JSON without writing it (issue 14)', () => {
  const shared = { period: 1.5, ytd: null };
  it.each<[string, unknown]>([
    ['escapes and control characters', ['"q"', 'a\\b', '\b\f\n\r\t', '\u0000\u0001\u001f', '\u007f']],
    ['text outside ASCII, pairs and lone surrogates', ['Dân vận', '民運', '😀', '\ud83d', '\ude00', 'x\ud83dy', '\ude00\ud83d']],
    ['numbers', [0, -0, 1e21, 1e-7, -3.25, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER]],
    ['what JSON leaves out or writes as null', [{ a: undefined, b: () => 1, c: 1 }, [undefined, () => 1, Symbol('s')], { only: undefined }]],
    ['empty and nested', [{}, [], [[]], { a: { b: { c: [] } } }, null, true, false]],
    ['dates and toJSON', [new Date(Date.UTC(2021, 8, 14)), { toJSON: () => 'kỳ này' }, { toJSON: () => undefined }]],
    ['an object met twice is counted twice', { view: { values: { TT01: shared, TT02: shared } }, report: { values: { TT01: shared } } }],
  ])('%s', (_what, value) => {
    expect(jsonLength(value)).toBe(JSON.stringify(value).length);
  });

  it('refuses a circular structure, as JSON.stringify does', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => jsonLength(a)).toThrow(TypeError);
  });

  it.each(fs.readdirSync(CASES))('gives a staged entry of %s the size JSON.stringify gave it', async (name) => {
    const outcome = await parseWorkbook(new Uint8Array(fs.readFileSync(path.join(CASES, name))), name, seedCatalogue());
    if (!outcome.ok) throw new Error(name);
    const r = outcome.report;
    const view = { ...blankStagedFile({ stagingId: 'x', fileName: name, bytes: 9000, sha256: '0'.repeat(64) }), values: r.values, narrative: r.narrative, findings: r.findings, cells: r.cells, identity: r.identity };
    expect(entrySize({ view, report: r })).toBe(view.bytes + JSON.stringify([view, r]).length * 2);
  });
});
