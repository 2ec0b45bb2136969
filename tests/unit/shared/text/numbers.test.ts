import { describe, expect, it } from 'vitest';
import { formatNumberVi, parseMoneyUnit, parseViNumber, type ViNumber } from '../../../../shared/text/numbers';

const value = (r: ViNumber) => (r.kind === 'number' ? r.value : r.kind);

describe('parseViNumber', () => {
  it('reads the vi-VN way: "." groups thousands, "," starts decimals', () => {
    expect(value(parseViNumber('1.250'))).toBe(1250);
    expect(value(parseViNumber('12,5'))).toBe(12.5);
    expect(value(parseViNumber('1.250.000'))).toBe(1_250_000);
    expect(value(parseViNumber('1.250,75'))).toBe(1250.75);
    expect(value(parseViNumber('0,5'))).toBe(0.5);
    expect(value(parseViNumber('1 250 000'))).toBe(1_250_000);
    expect(value(parseViNumber(' 07 '))).toBe(7);
  });

  it('keeps "-" (zero) and "" (not reported) apart', () => {
    expect(parseViNumber('-').kind).toBe('dash');
    expect(parseViNumber('–').kind).toBe('dash');
    expect(parseViNumber('').kind).toBe('empty');
    expect(parseViNumber('   ').kind).toBe('empty');
    expect(parseViNumber('x').kind).toBe('not_applicable');
  });

  it('reads the money unit written after the figure', () => {
    expect(parseViNumber('1.250.000 đ')).toMatchObject({ kind: 'number', value: 1_250_000, unit: 'dong' });
    expect(parseViNumber('350 triệu')).toMatchObject({ kind: 'number', value: 350, unit: 'trieu' });
    expect(parseViNumber('498,2 triệu')).toMatchObject({ kind: 'number', value: 498.2, unit: 'trieu' });
    expect(parseViNumber('12 buổi')).toMatchObject({ kind: 'number', value: 12, unit: null, suffix: 'buổi' });
  });

  it('never applies a US-locale reading', () => {
    expect(parseViNumber('1.5')).toEqual({ kind: 'invalid', reason: 'decimal_point' });
    expect(parseViNumber('1,250,000')).toEqual({ kind: 'invalid', reason: 'us_grouping' });
    expect(parseViNumber('1,250.5')).toEqual({ kind: 'invalid', reason: 'us_grouping' });
    expect(parseViNumber('1.25.000').kind).toBe('invalid');
  });

  it('reads "1,250" as 1,25 but reports that it may have meant 1250', () => {
    const r = parseViNumber('1,250');
    expect(r).toMatchObject({ kind: 'number', value: 1.25 });
    expect(r.kind === 'number' && r.ambiguous).toMatch(/1\.250/);
    const plain = parseViNumber('1,25');
    expect(plain.kind === 'number' && plain.ambiguous).toBeNull();
  });

  it('refuses text that is not a figure', () => {
    expect(parseViNumber('abc').kind).toBe('invalid');
    expect(parseViNumber('12 (3 xã)').kind).toBe('invalid');
    expect(parseViNumber('2021-06-11').kind).toBe('invalid');
    expect(value(parseViNumber('-3'))).toBe(-3);
  });
});

describe('parseMoneyUnit', () => {
  it('names the unit of a money column or note', () => {
    expect(parseMoneyUnit('triệu đồng')).toBe('trieu');
    expect(parseMoneyUnit('tr.đ')).toBe('trieu');
    expect(parseMoneyUnit('1.000đ')).toBe('nghin');
    expect(parseMoneyUnit('nghìn đồng')).toBe('nghin');
    expect(parseMoneyUnit('đồng')).toBe('dong');
    expect(parseMoneyUnit('VNĐ')).toBe('dong');
    expect(parseMoneyUnit('tỷ đồng')).toBe('ty');
    expect(parseMoneyUnit('Đơn vị tính giá trị: đồng')).toBe('dong');
    expect(parseMoneyUnit('lượt người')).toBeNull();
    expect(parseMoneyUnit('đợt')).toBeNull();
  });
});

describe('formatNumberVi', () => {
  it('writes vi-VN numbers', () => {
    expect(formatNumberVi(1234567.5)).toBe('1.234.567,5');
    expect(formatNumberVi(1000)).toBe('1.000');
    expect(formatNumberVi(0.1 + 0.2)).toBe('0,3');
    expect(formatNumberVi(-1250.25)).toBe('-1.250,25');
    expect(formatNumberVi(-0.001)).toBe('0');
    expect(formatNumberVi(2.5, 0)).toBe('3');
  });

  it('round-trips through parseViNumber', () => {
    for (const n of [0, 7, 1250, 1_234_567.5, 12.25]) expect(value(parseViNumber(formatNumberVi(n)))).toBe(n);
  });
});
