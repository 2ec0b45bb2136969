import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../../shared/domain/app';
import { describeAudit, type AuditNames } from '../../../../shared/domain/audit-sentence';

const names: AuditNames = {
  district: (_y, code) => ({ '530': 'huyện Sơn Tây', '534': 'huyện Trà Bồng' })[code] ?? null,
  indicator: (_y, code) => ({ TT05: 'Số buổi tuyên truyền về bầu cử', TT01: 'Số buổi tuyên truyền' })[code] ?? null,
  report: (id) => (id === 7 ? { period: '2021-Q2', districtCode: '530', unitType: 'QS', version: 2 } : null),
};

let id = 0;
const row = (r: Partial<AuditRow> & Pick<AuditRow, 'action' | 'entity' | 'entityKey'>): AuditRow => ({
  id: ++id,
  at: '2021-06-22T03:00:00.000Z',
  osUser: 'root',
  displayName: 'Nguyễn Văn An',
  oldValue: null,
  newValue: null,
  reason: null,
  ...r,
});
const j = (v: unknown) => JSON.stringify(v);
const say = (r: Parameters<typeof row>[0]) => describeAudit(row(r), names);

/** What a clerk must never read in a sentence: internal keys, JSON, English words of the code. */
function expectReadable(sentence: string) {
  expect(sentence).not.toMatch(/\[object|[{}|]|\bnull\b|\bundefined\b|\btrue\b|\bfalse\b/);
  expect(sentence).not.toMatch(/\b(locked|unlocked|open|accepted|corrected|explained|import|settle|finding|report|period|ytd|sha256|BDV|QS)\b/i);
  expect(sentence).not.toMatch(/\d{4}-(Q[1-4]|H1|Y)\b/);
  expect(sentence).toBe(sentence.normalize('NFC'));
}

describe('describeAudit: every action the code writes reads as a Vietnamese sentence', () => {
  const cases: [string, Parameters<typeof row>[0], string][] = [
    [
      'import',
      { action: 'import', entity: 'report', entityKey: '2021-Q2/530-QS/v1', newValue: j({ fileName: 'son-tay-chqs.xlsx', sha256: 'ab'.repeat(32), receivedDate: '2021-06-20', version: 1, current: true }) },
      'Nhập báo cáo của Ban CHQS huyện Sơn Tây, Quý II năm 2021, phiên bản 1, tệp son-tay-chqs.xlsx, ngày nhận 20/06/2021',
    ],
    [
      'import_new_version',
      { action: 'import_new_version', entity: 'report', entityKey: '2021-Q2/530-BDV/v2', newValue: j({ fileName: 'ban-dan-van-2.xlsx', receivedDate: '2021-06-25', version: 2, current: true }) },
      'Nhập phiên bản mới thay báo cáo trước của Ban Dân vận huyện Sơn Tây, Quý II năm 2021, phiên bản 2, tệp ban-dan-van-2.xlsx, ngày nhận 25/06/2021',
    ],
    [
      'import_superseded',
      { action: 'import_superseded', entity: 'report', entityKey: '2021-Q2/530-QS/v3', newValue: j({ fileName: 'cu.xlsx', receivedDate: '2021-06-18', version: 3, current: false }) },
      'Lưu làm lịch sử (không dùng làm số liệu) báo cáo của Ban CHQS huyện Sơn Tây, Quý II năm 2021, phiên bản 3, tệp cu.xlsx, ngày nhận 18/06/2021',
    ],
    [
      'import_duplicate',
      { action: 'import_duplicate', entity: 'report', entityKey: '2021-Q2/530-QS/v1', newValue: j({ fileName: 'gui-lai.xlsx', receivedDate: '2021-06-21', duplicateOf: 'son-tay-chqs.xlsx' }) },
      'Ghi nhận tệp gửi lại trùng nội dung với báo cáo đã nhập của Ban CHQS huyện Sơn Tây, Quý II năm 2021, phiên bản 1 đã có, tệp gui-lai.xlsx, ngày nhận 21/06/2021',
    ],
    [
      'settle_accept (R6, value chosen)',
      { action: 'settle_accept', entity: 'finding', entityKey: '2021-Q2|534|*|TT01|period'.replace(/^/, 'R6|'), oldValue: j('open'), newValue: j({ status: 'accepted', chosenValue: 12 }), reason: 'Hai đơn vị tính khác phạm vi' },
      'Chấp nhận điểm chênh lệch R6 (ban dân vận và ban chqs không khớp) của huyện Trà Bồng, Quý II năm 2021, chỉ tiêu TT01 (Số buổi tuyên truyền), chọn số liệu 12 — lý do: Hai đơn vị tính khác phạm vi',
    ],
    [
      'settle_explain (the key of the issue)',
      { action: 'settle_explain', entity: 'finding', entityKey: 'R4|2021-Q2|534|QS|TT05|period<=TT01', oldValue: j('open'), newValue: j({ status: 'explained', chosenValue: null }), reason: 'Đơn vị giải thích qua điện thoại' },
      'Giải trình điểm chênh lệch R4 (quy tắc trong báo cáo) của Ban CHQS huyện Trà Bồng, Quý II năm 2021, chỉ tiêu TT05 (Số buổi tuyên truyền về bầu cử) — lý do: Đơn vị giải thích qua điện thoại',
    ],
    [
      'settle_correct',
      { action: 'settle_correct', entity: 'finding', entityKey: 'R5|2021-Q2|530|BDV|TT01|ytd', oldValue: j('open'), newValue: j({ status: 'corrected', chosenValue: null }), reason: 'Đơn vị gửi lại số liệu' },
      'Xử lý bằng sửa số liệu điểm chênh lệch R5 (lũy kế không khớp) của Ban Dân vận huyện Sơn Tây, Quý II năm 2021, chỉ tiêu TT01 (Số buổi tuyên truyền) — lý do: Đơn vị gửi lại số liệu',
    ],
    [
      'reopen (province-wide R9)',
      { action: 'reopen', entity: 'finding', entityKey: 'R9|2021-H1|*|BDV|TT01|min', newValue: j('open'), reason: 'Nhận thêm báo cáo' },
      'Mở lại để xử lý lại điểm chênh lệch R9 (chỉ tiêu của kế hoạch) của toàn tỉnh (Ban Dân vận), 6 tháng đầu năm 2021, chỉ tiêu TT01 (Số buổi tuyên truyền) — lý do: Nhận thêm báo cáo',
    ],
    [
      'correct',
      { action: 'correct', entity: 'figure', entityKey: '7/TT05/period', oldValue: j(15), newValue: j(1250.5), reason: 'Đơn vị xác nhận' },
      'Sửa số trong kỳ chỉ tiêu TT05 (Số buổi tuyên truyền về bầu cử) của Ban CHQS huyện Sơn Tây, Quý II năm 2021, phiên bản 2: từ 15 thành 1.250,5 (số gốc trong tệp vẫn giữ) — lý do: Đơn vị xác nhận',
    ],
    ['lock', { action: 'lock', entity: 'period', entityKey: '2021-Q2', newValue: j('locked'), reason: 'Chốt để giao ban quý' }, 'Chốt số liệu Quý II năm 2021 — lý do: Chốt để giao ban quý'],
    [
      'unlock (the "[object Object] → unlocked" of the issue)',
      { action: 'unlock', entity: 'period', entityKey: '2021-Q2', oldValue: j({ period: '2021-Q2', lockedBy: 'Trần Thị B', lockedAt: '2021-06-30T02:00:00.000Z', note: null }), newValue: j('unlocked'), reason: 'Nhận thêm báo cáo bổ sung' },
      'Mở khóa số liệu Quý II năm 2021 (đã chốt ngày 30/06/2021 bởi Trần Thị B) — lý do: Nhận thêm báo cáo bổ sung',
    ],
    ['export', { action: 'export', entity: 'document', entityKey: 'six-month/2021-H1', newValue: j('/home/u/xuat-ra/bao-cao-so-ket.docx') }, 'Lưu văn bản “Báo cáo sơ kết 6 tháng”, kỳ 6 tháng đầu năm 2021, ra tệp bao-cao-so-ket.docx'],
    ['document_draft create', { action: 'create', entity: 'document_draft', entityKey: 'year/2021-Y', newValue: j({ intro: 'x' }) }, 'Soạn phần nhận định của văn bản “Báo cáo tổng kết năm”, kỳ năm 2021'],
    ['document_draft update', { action: 'update', entity: 'document_draft', entityKey: 'quarter/2021-Q1', oldValue: j({ intro: 'x' }), newValue: j({ intro: 'y' }) }, 'Sửa phần nhận định của văn bản “Báo cáo tổng hợp quý”, kỳ Quý I năm 2021'],
    ['backup', { action: 'backup', entity: 'database', entityKey: 'phoi-hop-dan-van.db', newValue: j('/data/backups/sao-luu-2021-06-22.db') }, 'Sao lưu dữ liệu ra tệp sao-luu-2021-06-22.db'],
    [
      'restore',
      { action: 'restore', entity: 'database', entityKey: 'phoi-hop-dan-van.db', oldValue: j('/data/backups/truoc-khoi-phuc-1.db'), newValue: j('/data/backups/sao-luu-2021-06-22.db') },
      'Khôi phục dữ liệu từ bản sao lưu sao-luu-2021-06-22.db; dữ liệu trước đó giữ lại thành truoc-khoi-phuc-1.db',
    ],
    ['display name', { action: 'update', entity: 'app_setting', entityKey: 'display_name', oldValue: j('root'), newValue: j('Nguyễn Văn An') }, 'Đổi tên người dùng hiển thị từ “root” thành “Nguyễn Văn An”'],
    ['backup keep', { action: 'update', entity: 'app_setting', entityKey: 'backup_keep', oldValue: j(10), newValue: j(30) }, 'Đổi số bản sao lưu tự động được giữ từ 10 thành 30'],
    ['reconcile settings', { action: 'update', entity: 'reconcile_settings', entityKey: '2021', oldValue: j({ a: 1 }), newValue: j({ a: 2 }) }, 'Sửa thiết lập đối chiếu của kế hoạch năm 2021'],
    ['plan copy', { action: 'copy', entity: 'plan', entityKey: '2022', oldValue: j({ fromYear: 2021 }), newValue: j({ year: 2022 }) }, 'Sao chép kế hoạch năm 2021 sang kế hoạch năm 2022'],
    ['plan update', { action: 'update', entity: 'plan', entityKey: '2021', oldValue: j({ year: 2021, number: '14-KH' }), newValue: j({ year: 2021, number: '15-KH' }) }, 'Sửa kế hoạch năm 2021: Số hiệu 14-KH → 15-KH'],
    [
      'period update',
      { action: 'update', entity: 'period', entityKey: '2021-Q2', oldValue: j({ code: '2021-Q2', dueDate: '2021-06-20' }), newValue: j({ code: '2021-Q2', dueDate: '2021-06-25' }) },
      'Sửa kỳ báo cáo Quý II năm 2021: Hạn gửi 20/06/2021 → 25/06/2021',
    ],
    [
      'withdraw_correction (a corrected finding reopened)',
      { action: 'withdraw_correction', entity: 'figure', entityKey: '7/TT05/period', oldValue: j(1250.5), newValue: j(15), reason: 'Đơn vị gửi lại số cũ' },
      'Bỏ số đã sửa của số trong kỳ chỉ tiêu TT05 (Số buổi tuyên truyền về bầu cử) của Ban CHQS huyện Sơn Tây, Quý II năm 2021, phiên bản 2 khi mở lại điểm chênh lệch: từ 1.250,5 trở lại 15 — lý do: Đơn vị gửi lại số cũ',
    ],
    ['period of the year', { action: 'update', entity: 'period', entityKey: '2021-Y', oldValue: j({ windowEnd: '2021-12-14' }), newValue: j({ windowEnd: '2021-12-10' }) }, 'Sửa kỳ báo cáo năm 2021: Ngày cuối kỳ số liệu 14/12/2021 → 10/12/2021'],
    [
      'indicator update',
      { action: 'update', entity: 'indicator', entityKey: '2021/TT01', oldValue: j({ code: 'TT01', label: 'Số buổi' }), newValue: j({ code: 'TT01', label: 'Số buổi (sửa)' }) },
      'Sửa chỉ tiêu TT01 (Số buổi (sửa)) của kế hoạch năm 2021: Tên Số buổi → Số buổi (sửa)',
    ],
    ['indicator create', { action: 'create', entity: 'indicator', entityKey: '2021/TT99', newValue: j({ code: 'TT99', label: 'Chỉ tiêu mới' }) }, 'Thêm chỉ tiêu TT99 (Chỉ tiêu mới) của kế hoạch năm 2021'],
    [
      'district update',
      { action: 'update', entity: 'district', entityKey: '2021/530', oldValue: j({ aliases: ['Son Tay'] }), newValue: j({ aliases: ['Son Tay', 'Sơn Tây cũ'] }) },
      'Sửa đơn vị huyện Sơn Tây của kế hoạch năm 2021: Tên gọi khác Son Tay → Son Tay, Sơn Tây cũ',
    ],
    ['content area', { action: 'update', entity: 'content_area', entityKey: '2021/1', oldValue: j({ no: 1, title: 'A' }), newValue: j({ no: 1, title: 'B' }) }, 'Sửa nội dung phối hợp số 1 (B) của kế hoạch năm 2021: Tên A → B'],
    ['document settings (unnamed fields stay in the details)', { action: 'update', entity: 'document_settings', entityKey: '2021', oldValue: j({ place: 'A' }), newValue: j({ place: 'B' }) }, 'Sửa thiết lập văn bản năm 2021'],
  ];

  it.each(cases)('%s', (_name, r, sentence) => {
    const d = say(r);
    expect(d.sentence).toBe(sentence);
    expectReadable(d.sentence);
  });

  it('an action it does not know still reads as Vietnamese, never its internal name', () => {
    const d = say({ action: 'frobnicate', entity: 'widget', entityKey: 'x|y', newValue: j({ a: 1 }) });
    expect(d.sentence).toBe('Thay đổi khác');
  });

  it('gives the filters their keys: kind, period and unit', () => {
    expect(say(cases[0]![1])).toMatchObject({ kind: 'import', period: '2021-Q2', unit: '530-QS' });
    expect(say(cases[4]![1])).toMatchObject({ kind: 'reconcile', period: '2021-Q2', unit: '534' });
    expect(say(cases[8]![1])).toMatchObject({ kind: 'reconcile', period: '2021-Q2', unit: '530-QS' });
    expect(say(cases[9]![1])).toMatchObject({ kind: 'lock', period: '2021-Q2', unit: null });
    expect(say(cases[11]![1])).toMatchObject({ kind: 'document', period: '2021-H1' });
  });

  it('keeps the stored values behind the expander, in words: the sha256 there, not in the sentence', () => {
    const d = say(cases[0]![1]);
    expect(d.details.map((x) => x.label)).toEqual(['Giá trị sau', 'Mã đối tượng (dùng khi tra cứu kỹ thuật)']);
    expect(d.details[0]!.value).toContain('Mã kiểm tra nội dung tệp (SHA-256): abab');
    expect(d.details[0]!.value).toContain('Dùng làm số liệu: có');
    expect(d.details[0]!.value).not.toMatch(/[{}"]/);
    const u = say(cases[10]![1]);
    const at = new Date('2021-06-30T02:00:00.000Z');
    const local = `${String(at.getDate()).padStart(2, '0')}/06/2021 ${String(at.getHours()).padStart(2, '0')}:00`;
    expect(u.details[0]).toEqual({ label: 'Giá trị trước', value: `Kỳ: Quý II năm 2021; Người chốt: Trần Thị B; Lúc chốt: ${local}; Ghi chú: —` });
  });

  it('names a district it does not know by its code in words, not as a bare key', () => {
    const d = say({ action: 'import', entity: 'report', entityKey: '2021-Q2/599-BDV/v1', newValue: j({ fileName: 'a.xlsx' }) });
    expect(d.sentence).toBe('Nhập báo cáo của Ban Dân vận đơn vị mã 599, Quý II năm 2021, phiên bản 1, tệp a.xlsx');
  });
});
