import { isRealIsoDate } from '../dates';

/** Where a suggested received date comes from, as the batch table names it. */
export type ReceivedSource = 'file' | 'report';

export const RECEIVED_SOURCE_LABELS: Record<ReceivedSource, string> = {
  file: 'ngày của tệp',
  report: 'ngày ghi trong báo cáo',
};

export interface ReceivedSuggestion {
  date: string;
  source: ReceivedSource;
}

/**
 * Dates a file itself offers for "ngày nhận": its modified time when picked from disk (a saved e-mail
 * attachment keeps the day it arrived) and the report's own date in the workbook (the unit sent it
 * that day or later). Only offered, never applied: a copied file keeps the day the unit last saved
 * it, which would make a late report look on time. A date after today, or before the plan year's
 * first data window, cannot be a received date and is not offered; one equal to the date already
 * set adds nothing.
 */
export function receivedSuggestions(o: { fileModified: string | null; reportDate: string | null; current: string; today: string; earliest: string | null }): ReceivedSuggestion[] {
  const out: ReceivedSuggestion[] = [];
  const offer = (date: string | null, source: ReceivedSource) => {
    if (!date || !isRealIsoDate(date) || date > o.today || (o.earliest && date < o.earliest)) return;
    if (date === o.current || out.some((s) => s.date === date)) return;
    out.push({ date, source });
  };
  offer(o.fileModified, 'file');
  offer(o.reportDate, 'report');
  return out;
}
