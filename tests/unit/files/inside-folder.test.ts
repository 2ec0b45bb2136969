import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../electron/files/inside-folder';
import { tempDir } from '../../helpers/temp';

/** An output folder with a file, a sub-folder, and a secret beside it that must stay unreachable. */
function world() {
  const dir = tempDir('phdv-inside-');
  const root = path.join(dir, 'xuat-ra');
  fs.mkdirSync(path.join(root, 'Mẫu báo cáo Quý II năm 2021'), { recursive: true });
  fs.writeFileSync(path.join(root, 'Báo cáo quý.docx'), 'docx');
  fs.writeFileSync(path.join(root, 'Mẫu báo cáo Quý II năm 2021', '524-BDV.xlsx'), 'xlsx');
  fs.writeFileSync(path.join(dir, 'bi-mat.txt'), 'bí mật');
  return { dir, root };
}

describe('a path the page asks to open must lie in the output folder', () => {
  it('accepts the folder itself, a file in it and a file in a sub-folder', () => {
    const { root } = world();
    const real = fs.realpathSync(root);
    expect(resolveInside(root, root)).toBe(real);
    expect(resolveInside(root, path.join(root, 'Báo cáo quý.docx'))).toBe(path.join(real, 'Báo cáo quý.docx'));
    expect(resolveInside(root, path.join(root, 'Mẫu báo cáo Quý II năm 2021', '524-BDV.xlsx'))).toBe(path.join(real, 'Mẫu báo cáo Quý II năm 2021', '524-BDV.xlsx'));
  });

  it('refuses a file outside, a sibling folder sharing its prefix, a relative path and a missing file', () => {
    const { dir, root } = world();
    fs.mkdirSync(`${root}-khac`);
    fs.writeFileSync(path.join(`${root}-khac`, 'a.docx'), 'x');
    expect(resolveInside(root, path.join(dir, 'bi-mat.txt'))).toBeNull();
    expect(resolveInside(root, path.join(`${root}-khac`, 'a.docx'))).toBeNull();
    expect(resolveInside(root, 'Báo cáo quý.docx')).toBeNull();
    expect(resolveInside(root, path.join(root, 'khong-co.docx'))).toBeNull();
    expect(resolveInside(path.join(dir, 'khong-co-thu-muc'), path.join(dir, 'bi-mat.txt'))).toBeNull();
  });

  it('refuses any `..` step, even one that comes back inside', () => {
    const { root } = world();
    expect(resolveInside(root, `${root}/../bi-mat.txt`)).toBeNull();
    expect(resolveInside(root, `${root}/Mẫu báo cáo Quý II năm 2021/../Báo cáo quý.docx`)).toBeNull();
    expect(resolveInside(root, `${root}\\..\\bi-mat.txt`)).toBeNull();
  });

  it('refuses a symbolic link inside the folder that points out of it, to a file or a folder', () => {
    const { dir, root } = world();
    fs.symlinkSync(path.join(dir, 'bi-mat.txt'), path.join(root, 'lien-ket.docx'));
    fs.symlinkSync(dir, path.join(root, 'thu-muc-lien-ket'), 'dir');
    expect(resolveInside(root, path.join(root, 'lien-ket.docx'))).toBeNull();
    expect(resolveInside(root, path.join(root, 'thu-muc-lien-ket', 'bi-mat.txt'))).toBeNull();
  });

  it('accepts a link that stays inside, by its real path', () => {
    const { root } = world();
    fs.symlinkSync(path.join(root, 'Báo cáo quý.docx'), path.join(root, 'ban-sao.docx'));
    expect(resolveInside(root, path.join(root, 'ban-sao.docx'))).toBe(path.join(fs.realpathSync(root), 'Báo cáo quý.docx'));
  });
});
