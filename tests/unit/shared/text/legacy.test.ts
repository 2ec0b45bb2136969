import { describe, expect, it } from 'vitest';
import { encodingOfFont, guessEncoding, isUppercaseLegacyFont, tcvn3ToUnicode, toUnicode, vniToUnicode } from '../../../../shared/text/legacy';
import { toTcvn3, toVni } from '../../../helpers/legacy-encoders';

const WORDS = [
  'Ban Dân vận',
  'Ban Chỉ huy Quân sự huyện Bình Sơn',
  'Số buổi tuyên truyền, phổ biến chủ trương, chính sách, pháp luật',
  'Quảng Ngãi, Đức Phổ, Trà Bồng, Sơn Tịnh, Nghĩa Hành, Lý Sơn, Ba Tơ',
  'Số lượt người được khám bệnh, cấp thuốc',
  'Số nhà đại đoàn kết, nhà tình nghĩa, nhà đồng đội xây mới, bàn giao',
  'thường xuyên, những khó khăn, vướng mắc, đề xuất, kiến nghị',
];

describe('TCVN3 (ABC, .VnTime)', () => {
  it('converts known words', () => {
    expect(tcvn3ToUnicode('Ban D©n vËn')).toBe('Ban Dân vận');
    expect(tcvn3ToUnicode('huyÖn B×nh S¬n')).toBe('huyện Bình Sơn');
    expect(tcvn3ToUnicode('Qu¶ng Ng·i')).toBe('Quảng Ngãi');
    expect(tcvn3ToUnicode('§øc Phæ')).toBe('Đức Phổ');
    expect(tcvn3ToUnicode('Tr­êng')).toBe('Trường');
  });

  it('round-trips Vietnamese text and is detected', () => {
    for (const w of WORDS) {
      const legacy = toTcvn3(w);
      expect(legacy).not.toBe(w);
      expect(tcvn3ToUnicode(legacy)).toBe(w.normalize('NFC'));
      expect(guessEncoding(legacy)).toEqual({ encoding: 'tcvn3', strong: true });
    }
  });
});

describe('VNI (VNI-Times)', () => {
  it('converts known words', () => {
    expect(vniToUnicode('Ban Daân vaän')).toBe('Ban Dân vận');
    expect(vniToUnicode('Vieät Nam')).toBe('Việt Nam');
    expect(vniToUnicode('Quaûng Ngaõi')).toBe('Quảng Ngãi');
    expect(vniToUnicode('Ñöùc Phoå')).toBe('Đức Phổ');
    expect(vniToUnicode('Tröôøng')).toBe('Trường');
    expect(vniToUnicode('BAN DAÂN VAÄN')).toBe('BAN DÂN VẬN');
  });

  it('round-trips Vietnamese text and is detected', () => {
    for (const w of WORDS) {
      const legacy = toVni(w);
      expect(vniToUnicode(legacy)).toBe(w.normalize('NFC'));
      expect(guessEncoding(legacy).encoding).toBe('vni');
    }
  });
});

describe('detection', () => {
  it('leaves Unicode text alone, including words made only of Latin-1 letters', () => {
    for (const w of [...WORDS, 'Tên', 'Công tác', 'bán cá', 'TT01', '1.250']) expect(guessEncoding(w).encoding).toBe('unicode');
    expect(toUnicode('Ban Dân vận', 'unicode')).toBe('Ban Dân vận');
  });

  it('says when a string reads either way (only the workbook can tell)', () => {
    expect(guessEncoding('Sôn Tònh')).toEqual({ encoding: 'unicode', strong: false });
    expect(vniToUnicode('Sôn Tònh')).toBe('Sơn Tịnh');
  });

  it('recognises legacy fonts', () => {
    expect(encodingOfFont('.VnTime')).toBe('tcvn3');
    expect(encodingOfFont('.VnTimeH')).toBe('tcvn3');
    expect(encodingOfFont('VNI-Times')).toBe('vni');
    expect(encodingOfFont('Times New Roman')).toBeNull();
    expect(isUppercaseLegacyFont('.VnTimeH')).toBe(true);
    expect(isUppercaseLegacyFont('.VnTime')).toBe(false);
  });
});
