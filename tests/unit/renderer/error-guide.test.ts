import { describe, expect, it } from 'vitest';
import { errorGuide, isStale } from '../../../renderer/api/error-guide';
import { ERROR_CODES, type ErrorCode } from '../../../shared/result';

const err = (code: ErrorCode) => ({ code, message: 'Câu thông báo.' });

describe('how the renderer shows an error, by its code', () => {
  it('shows the four storage codes large, red and titled by what happened, never under the generic title', () => {
    for (const code of ['db_busy', 'disk_full', 'read_only', 'schema_mismatch'] as const) {
      const g = errorGuide(err(code));
      expect(g, code).toMatchObject({ storage: true, intent: 'danger' });
      expect(g.title, code).toMatch(/^(Tệp dữ liệu|Ổ đĩa)/);
      expect(g.title!.normalize('NFC'), code).toBe(g.title);
    }
    expect(errorGuide(err('disk_full')).title).toContain('Ổ đĩa đã đầy');
    expect(errorGuide(err('read_only')).title).toContain('chỉ cho phép đọc');
  });

  it('shows locked, unsettled, needs_confirmation and conflict as a next step (warning), the rest as errors', () => {
    expect(errorGuide(err('locked'))).toMatchObject({ intent: 'warning', title: 'Kỳ đã chốt số liệu', short: 'Kỳ đã chốt', storage: false });
    expect(errorGuide(err('unsettled'))).toMatchObject({ intent: 'warning', storage: false });
    expect(errorGuide(err('needs_confirmation'))).toMatchObject({ intent: 'warning', short: 'Cần xác nhận' });
    expect(errorGuide(err('conflict'))).toMatchObject({ intent: 'warning', title: null });
    for (const code of ['invalid_input', 'internal', 'io_error', 'rejected_file'] as const) expect(errorGuide(err(code)), code).toEqual({ title: null, intent: 'danger', storage: false, short: 'Lỗi' });
  });

  it('has a short row label for every code, and reloads Đối chiếu exactly on locked and conflict', () => {
    for (const code of ERROR_CODES) expect(errorGuide(err(code)).short.length, code).toBeGreaterThan(0);
    expect(ERROR_CODES.filter((c) => isStale(err(c)))).toEqual(['conflict', 'locked']);
  });
});
