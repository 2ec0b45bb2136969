import { describe, expect, it } from 'vitest';
import { typedWithoutDiacritics } from '../../../../shared/text/no-diacritics';
import { toTcvn3, toVni } from '../../../helpers/legacy-encoders';

describe('Vietnamese typed without diacritics', () => {
  it.each([
    'Tap trung tuyen truyen, van dong nhan dan thuc hien cac bien phap phong chong dich.',
    '- Kinh phi hoat dong cua UBND, MTTQ cac xa con kho khan.\n- Luc luong DQTV tham gia giup dan 120 ngay cong.',
    'Phoi hop voi Ban CHQS huyen Binh Son to chuc huan luyen DQTV nam 2022.',
    // A mark or two typed by habit does not make the text readable.
    'Tập trung tuyen truyen, van dong nhan dan thuc hien cac bien phap phong chong dich COVID-19 tai cac xa.',
    'DE NGHI HO TRO KINH PHI XAY DUNG NHA DAI DOAN KET'.toLowerCase(),
  ])('flags %j', (text) => {
    expect(typedWithoutDiacritics(text)).toBe(true);
  });

  it.each([
    'Tập trung tuyên truyền, vận động nhân dân thực hiện các biện pháp phòng chống dịch.',
    'Phối hợp với Ban CHQS huyện Bình Sơn tổ chức huấn luyện DQTV năm 2022.',
    // Short blocks say too little.
    'Không có.',
    'Khong co',
    'Khong co kien nghi',
    // Numbers, abbreviations and proper names carry no marks in correct text either.
    '12/15; 1.200; 30%',
    'UBND, MTTQ, HĐND, DQTV, COVID-19',
    'Ba To, Son Ha, Tra Bong, Minh Long, Ly Son',
    // Not Vietnamese at all.
    'Training for the militia forces was completed during the second quarter.',
    // Legacy-encoded text left unconverted is another finding's business (electron/import/parse/encoding.ts).
    toTcvn3('Tập trung tuyên truyền, vận động nhân dân thực hiện các biện pháp phòng chống dịch.'),
    toVni('Tập trung tuyên truyền, vận động nhân dân thực hiện các biện pháp phòng chống dịch.'),
    '',
  ])('does not flag %j', (text) => {
    expect(typedWithoutDiacritics(text)).toBe(false);
  });
});
