import { describe, expect, it } from 'vitest';
import { prefillProse } from '../../../electron/documents/prefill';
import { SEED_DIR } from '../../../electron/node-paths';
import { readSeed } from '../../../electron/plan/seed';

const seed = readSeed(SEED_DIR);

describe('prose prefilled from the districts narratives', () => {
  const prose = prefillProse({
    ...seed,
    narratives: [
      { districtCode: '531', unitType: 'BDV', key: 'ket_qua_noi_bat', text: '- Phối hợp tổ chức 13 buổi tuyên truyền về bầu cử; cuộc bầu cử diễn ra an toàn.\n- Đăng ký xây dựng 02 mô hình "Dân vận khéo", 01 mô hình được công nhận.' },
      { districtCode: '535', unitType: 'QS', key: 'ket_qua_noi_bat', text: '- Tổ chức 3 đợt khám bệnh, cấp thuốc miễn phí cho 600 lượt người.\n- Đăng ký xây dựng 02 mô hình "Dân vận khéo", 01 mô hình được công nhận.' },
      { districtCode: '531', unitType: 'BDV', key: 'han_che', text: '- Kinh phí còn hạn hẹp.' },
      { districtCode: '529', unitType: 'QS', key: 'han_che', text: '+ Kinh phí còn hạn hẹp' },
      { districtCode: '531', unitType: 'BDV', key: 'de_xuat', text: 'Đề nghị hỗ trợ kinh phí xây nhà đại đoàn kết.' },
      { districtCode: '531', unitType: 'BDV', key: 'phuong_huong', text: '1. Chuẩn bị sơ kết 6 tháng.' },
    ],
  });

  it('sorts highlights into the content area they speak of, attributed to their unit', () => {
    expect(prose.highlights[1]).toContain('Phối hợp tổ chức 13 buổi tuyên truyền về bầu cử; cuộc bầu cử diễn ra an toàn (Ban Dân vận huyện Minh Long).');
    expect(prose.highlights[5]).toContain('mô hình "Dân vận khéo"');
    expect(prose.highlights[4]).toContain('khám bệnh, cấp thuốc');
  });

  it('drops the same line sent by two units, whatever its bullet', () => {
    expect(prose.highlights[5]!.split('\n')).toHaveLength(1);
    expect(prose.assessment.match(/Kinh phí còn hạn hẹp/g)).toHaveLength(1);
  });

  it('fills proposals and tasks, without list markers', () => {
    expect(prose.proposals).toBe('- Đề nghị hỗ trợ kinh phí xây nhà đại đoàn kết (Ban Dân vận huyện Minh Long).');
    expect(prose.tasks).toBe('- Chuẩn bị sơ kết 6 tháng (Ban Dân vận huyện Minh Long).');
  });
});
