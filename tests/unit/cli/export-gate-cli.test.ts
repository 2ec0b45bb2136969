import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { openTestServices } from '../../helpers/services';
import { storeDataSet } from '../../helpers/store-dataset';
import { tempDir } from '../../helpers/temp';
import { unsettledHalfYear } from '../documents/unsettled-data';

/** `export` refuses an unsettled final document (exit 1), writes a draft with --draft, and needs --date for a past year (issue 10.1, 10.2). */
async function unsettledDb(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'd.db');
  const s = await openTestServices(db);
  await storeDataSet(s.ctx, unsettledHalfYear());
  await s.close();
  return { db, dir };
}

describe('export and the gate', () => {
  it('without --draft: exit 1, the open findings by rule and the hint, nothing written', async () => {
    const { db, dir } = await unsettledDb();
    const out = path.join(dir, 'so-ket.docx');
    const r = await cli(['export', '--db', db, '--kind', 'six-month', '--period', '2021-H1', '--date', '2021-06-25', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Chưa ban hành được Báo cáo sơ kết 6 tháng đầu năm 2021:');
    expect(r.err).toContain('còn 3 điểm chênh lệch chưa xử lý (R1: 2, R2: 1)');
    expect(r.err).toContain('thêm --draft để ghi bản dự thảo');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('with --draft: exit 0, "DỰ THẢO" in the file name, with --out a file or a folder', async () => {
    const { db, dir } = await unsettledDb();
    const asFile = await cli(['export', '--db', db, '--kind', 'six-month', '--period', '2021-H1', '--date', '2021-06-25', '--out', path.join(dir, 'so-ket.docx'), '--draft', '--json']);
    expect(asFile.code, asFile.err).toBe(0);
    expect(JSON.parse(asFile.out)).toMatchObject({ draft: true, file: path.join(dir, 'so-ket-du-thao.docx') });
    expect(fs.existsSync(path.join(dir, 'so-ket-du-thao.docx'))).toBe(true);
    const folder = path.join(dir, 'van-ban');
    const inFolder = await cli(['export', '--db', db, '--kind', 'annex-xlsx', '--period', '2021-Q2', '--date', '2021-06-25', '--out', `${folder}/`, '--draft', '--json']);
    expect(inFolder.code, inFolder.err).toBe(0);
    expect(JSON.parse(inFolder.out).file).toBe(path.join(folder, 'Phụ lục số liệu Quý II năm 2021 - DỰ THẢO.xlsx'));
    expect(fs.existsSync(path.join(folder, 'Phụ lục số liệu Quý II năm 2021 - DỰ THẢO.xlsx'))).toBe(true);
  });

  it('the reminder letter is written without --draft', async () => {
    const { db, dir } = await unsettledDb();
    const r = await cli(['export', '--db', db, '--kind', 'reminder', '--period', '2021-Q2', '--date', '2021-06-25', '--out', path.join(dir, 'cv.docx')]);
    expect(r.code, r.err).toBe(0);
    expect(fs.existsSync(path.join(dir, 'cv.docx'))).toBe(true);
  });

  it('a past plan year without --date: exit 2, asking for it, nothing written', async () => {
    const { db, dir } = await unsettledDb();
    const r = await cli(['export', '--db', db, '--kind', 'six-month', '--period', '2021-H1', '--draft', '--out', path.join(dir, 'x.docx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Kế hoạch năm 2021 đã qua: cần --date YYYY-MM-DD, ngày ban hành văn bản (từ ngày 14/06/2021 trở đi)');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });
});
