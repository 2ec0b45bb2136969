import { describe, expect, it } from 'vitest';
import { draftFileName, isDraftName } from '../../../electron/documents/draft-mark';

describe('draft file names', () => {
  it('marks a name once, in Vietnamese or in ASCII as the name is written', () => {
    expect(draftFileName('Báo cáo sơ kết 6 tháng đầu năm 2021.docx')).toBe('Báo cáo sơ kết 6 tháng đầu năm 2021 - DỰ THẢO.docx');
    expect(draftFileName('bao-cao-so-ket-2021.docx')).toBe('bao-cao-so-ket-2021-du-thao.docx');
    expect(draftFileName('Báo cáo - DỰ THẢO.docx')).toBe('Báo cáo - DỰ THẢO.docx');
  });

  it('sees a draft however its name spells it', () => {
    for (const name of ['Báo cáo - DỰ THẢO', 'bao-cao-du-thao', 'BaoCao_DuThao', 'bao cao du_thao', 'Dự thảo báo cáo', 'DU THAO']) expect(isDraftName(name)).toBe(true);
    for (const name of ['Báo cáo sơ kết', 'dữ liệu thô', 'du lich thao', 'bao-cao']) expect(isDraftName(name)).toBe(false);
  });
});
