import { describe, expect, it } from 'vitest';
import type { SettlementLine } from '../../../../shared/domain/exchange';
import { asSettlement, conflictSubject, fieldLabel, settlementAction, valueText } from '../../../../renderer/components/exchange/text';

const line = (over: Partial<SettlementLine>): SettlementLine => ({ period: '2021-Q1', key: 'R6|2021-Q1|534|*|GN05|period', rule: 'R6', status: 'accepted', note: null, chosenValue: null, settledBy: 'An', settledAt: '2021-07-05T07:30:00.000Z', corrections: [], ...over });

describe('the exchange in the clerk’s words', () => {
  it('says how a settlement was made, figures in vi-VN', () => {
    expect(settlementAction(line({ chosenValue: 1234 }))).toBe('Chấp nhận, lấy số 1.234');
    expect(settlementAction(line({ status: 'explained' }))).toBe('Giải trình');
    expect(settlementAction(line({ status: 'corrected', corrections: [{ sha256: 'x', indicator: 'GN05', field: 'ytd', value: 12 }, { sha256: 'y', indicator: 'GN05', field: 'period', value: null }] }))).toBe('Sửa số liệu: GN05 lũy kế → 12; GN05 trong kỳ → trống');
  });

  it('reads a conflict side as a settlement only when it has that shape', () => {
    expect(asSettlement(line({}))).not.toBeNull();
    expect(asSettlement({ code: 'GN05' })).toBeNull();
    expect(asSettlement(null)).toBeNull();
  });

  it('names conflicts and fields without internal keys', () => {
    expect(conflictSubject('plan', 'indicator/GN05')).toBe('Chỉ tiêu GN05');
    expect(conflictSubject('draft', 'draft/six-month/2021-H1')).toBe('Bản thảo Báo cáo sáu tháng kỳ 6 tháng đầu năm 2021');
    expect(conflictSubject('report', 'report/2021-Q2/524-BDV')).toMatch(/^Báo cáo kỳ Quý II năm 2021, /);
    expect(fieldLabel('dueDate')).toBe('Hạn nộp');
    expect(fieldLabel('somethingNew')).toBe('Thông tin khác');
    expect(valueText('2021-07-15')).toBe('15/07/2021');
    expect(valueText(true)).toBe('có');
    expect(valueText({ R1: true, R2: false })).toBe('R1');
  });
});
