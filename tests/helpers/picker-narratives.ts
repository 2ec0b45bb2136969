import type { StoredReport } from '../../electron/reconcile/input';
import type { NarrativeKey } from '../../shared/domain/form';

/**
 * District narratives for the first half of 2021 that give the Văn bản picker something to pick:
 * three districts' near-identical propaganda bullets (merged into one item with three sources),
 * two bullets of their own in the same area, two "Dân vận khéo" bullets, a shortcoming, a cause and
 * a proposal. Other reports carry no narrative, so the lists stay short enough to read.
 */
const PROPAGANDA = (n: number, people: string) => `- Phối hợp với Ban Chỉ huy Quân sự huyện tổ chức ${n} buổi tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước cho ${people} lượt người.`;

const TEXTS: Record<string, Partial<Record<NarrativeKey, string>>> = {
  '2021-Q2|524|BDV': {
    ket_qua_noi_bat: `${PROPAGANDA(32, '1.600')}\n- Tổ chức hội nghị tuyên truyền chuyên đề về phòng, chống ma túy trong thanh niên.`,
    han_che: '- Kinh phí cho hoạt động dân vận còn hạn hẹp.\n- Do ảnh hưởng của dịch COVID-19, một số hoạt động tập trung đông người phải tạm dừng.',
    de_xuat: 'Đề nghị hỗ trợ kinh phí xây nhà đại đoàn kết.',
  },
  '2021-Q2|527|BDV': { ket_qua_noi_bat: PROPAGANDA(7, '245') },
  '2021-Q1|528|QS': { ket_qua_noi_bat: PROPAGANDA(10, '390') },
  '2021-Q2|529|BDV': { ket_qua_noi_bat: '- Tổ chức hội nghị tuyên truyền chuyên đề về phòng, chống thiên tai cho nhân dân vùng ven biển.' },
  '2021-Q2|531|BDV': { ket_qua_noi_bat: '- Đăng ký xây dựng 02 mô hình "Dân vận khéo", 01 mô hình được công nhận.' },
  '2021-Q2|535|QS': { ket_qua_noi_bat: '+ Đăng ký xây dựng 2 mô hình "Dân vận khéo", 1 mô hình được công nhận' },
};

export const pickerNarrative = (r: StoredReport): Partial<Record<NarrativeKey, string>> => TEXTS[`${r.period}|${r.districtCode}|${r.unitType}`] ?? {};
