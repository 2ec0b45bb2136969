import { DOCUMENT_KIND_LABELS, type DocumentKind, type DraftFinding, type DraftNote } from '../../shared/domain/documents';
import { periodName } from '../../shared/domain/periods';
import type { District } from '../../shared/domain/plan';
import { RULES, type ReconcileView } from '../../shared/domain/reconcile';
import { AppError } from '../../shared/result';
import { unitName } from './units';

/**
 * No unsettled figure in a signed document. A final document is written only when its period and
 * every quarter in it are locked with no finding left open; otherwise it is refused, saying what
 * is open, or written as a draft that says so on every page. The reminder letter is about the
 * missing reports themselves, so it is never held back.
 */
export const isGated = (kind: DocumentKind): boolean => kind !== 'reminder';

/** How many open findings the refusal and the draft note name one by one. */
const NAMED_IN_REFUSAL = 3;
const NAMED_IN_NOTE = 10;
const SHORT_MESSAGE = 110;

const shorten = (text: string): string => (text.length <= SHORT_MESSAGE ? text : `${text.slice(0, SHORT_MESSAGE - 1).trimEnd()}…`);

function findingUnit(districts: readonly District[], districtCode: string | null, unitType: 'BDV' | 'QS' | null): string {
  if (districtCode === null) return '';
  if (unitType !== null) return unitName(districts, districtCode, unitType);
  const d = districts.find((x) => x.code === districtCode);
  return d ? `${d.type} ${d.name}` : `đơn vị mã ${districtCode}`;
}

/** What is still open in the views of a document's period and its quarters. */
export function draftNote(views: readonly ReconcileView[], districts: readonly District[]): DraftNote {
  const open = views.flatMap((v) => v.findings).filter((f) => f.status === 'open' && f.severity !== 'info');
  const counts = RULES.map((rule) => ({ rule, count: open.filter((f) => f.rule === rule).length })).filter((c) => c.count > 0);
  const first: DraftFinding[] = open.slice(0, NAMED_IN_NOTE).map((f) => ({ rule: f.rule, unit: findingUnit(districts, f.districtCode, f.unitType), message: shorten(f.message) }));
  return { counts, total: open.length, first, unlocked: views.filter((v) => v.lock === null).map((v) => v.period) };
}

export const isSettled = (note: DraftNote): boolean => note.total === 0 && note.unlocked.length === 0;

/** "R6: 3, R8: 2". */
export const countsText = (note: DraftNote): string => note.counts.map((c) => `${c.rule}: ${c.count}`).join(', ');

export const findingText = (f: DraftFinding): string => `${f.unit ? `${f.unit} – ` : ''}${f.rule}: ${f.message}`;

/** "Quý I năm 2021, 6 tháng đầu năm 2021". */
export const unlockedText = (note: DraftNote): string => note.unlocked.map(periodName).join(', ');

/** "Báo cáo sơ kết 6 tháng đầu năm 2021": the kind's label says "6 tháng" itself, the period name says it again. */
function documentTitle(kind: DocumentKind, period: string): string {
  const when = periodName(period);
  const base: Record<DocumentKind, string> = {
    'six-month': 'Báo cáo sơ kết',
    year: 'Báo cáo tổng kết',
    annex: 'Phụ lục số liệu (Word)',
    'annex-xlsx': 'Phụ lục số liệu (Excel)',
    quarter: 'Báo cáo tổng hợp',
    reminder: DOCUMENT_KIND_LABELS.reminder,
  };
  return `${base[kind]} ${when}`;
}

/** The refusal of a final document, in the words the Văn bản page and the CLI print. */
export function refusal(kind: DocumentKind, period: string, note: DraftNote): AppError {
  const parts: string[] = [];
  if (note.total > 0) {
    const named = note.first.slice(0, NAMED_IN_REFUSAL).map(findingText).join('; ');
    const more = note.total > NAMED_IN_REFUSAL ? `; và ${note.total - NAMED_IN_REFUSAL} điểm khác` : '';
    parts.push(`còn ${note.total} điểm chênh lệch chưa xử lý (${countsText(note)}): ${named}${more}`);
  }
  if (note.unlocked.length > 0) parts.push(`chưa chốt số liệu ${unlockedText(note)}`);
  return new AppError(
    'unsettled',
    `Chưa ban hành được ${documentTitle(kind, period)}: ${parts.join('; ')}. Hãy xử lý các điểm chênh lệch và chốt số liệu ở trang Đối chiếu, hoặc xuất bản dự thảo (có ghi "DỰ THẢO" trên mọi trang).`,
  );
}
