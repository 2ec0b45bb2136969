import { ISO_DATE_FORMAT, isRealIsoDate } from './dates';
import { z } from './zod';

/**
 * The one schema of a calendar date in the contract ("YYYY-MM-DD", a day that exists). Whether a
 * date is acceptable for its use (not in the future, inside the plan's windows) needs the plan and
 * today's date, so the services check that.
 */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_FORMAT, 'Ngày phải có dạng năm-tháng-ngày YYYY-MM-DD, ví dụ 2021-06-20')
  .refine(isRealIsoDate, 'Ngày này không có thật trên lịch (ví dụ 30/02 hay tháng 13): hãy kiểm tra lại');
