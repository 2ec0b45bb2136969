import type { ExchangeConflict } from '../../../shared/domain/exchange';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { asSettlement, fieldLabel, settlementAction, settlementWho, valueText } from './text';

type Line = [label: string, value: string];

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function settlementLines(v: unknown): Line[] {
  const s = asSettlement(v);
  if (!s) return [['Cách xử lý', 'Chưa xử lý']];
  return [
    ['Cách xử lý', settlementAction(s)],
    ['Ghi chú', s.note ?? 'không có'],
    ['Người xử lý', settlementWho(s)],
  ];
}

function reportLines(v: unknown): Line[] {
  const r = record(v);
  // This PC's reading of the package's workbook: the cells it read otherwise than the package says.
  if (Array.isArray(r.differences)) {
    const lines: Line[] = r.problem ? [['Đọc tệp gốc', str(r.problem)]] : [];
    for (const d of r.differences.slice(0, 8).map(record)) {
      lines.push([`${str(d.indicator)} ${d.field === 'ytd' ? 'lũy kế' : 'trong kỳ'} (${str(d.sheet)}!${str(d.cell)})`, `tệp gốc đọc ra ${valueText(d.parsed)}, gói ghi ${valueText(d.package)}`]);
    }
    return lines.length ? lines : [['Đọc tệp gốc', 'khác số liệu gửi kèm']];
  }
  const lines: Line[] = [['Tệp', str(r.fileName) || 'không có']];
  if (typeof r.version === 'number') lines.push(['Lần gửi', formatNumber(r.version)]);
  if (r.receivedDate) lines.push(['Ngày nhận', formatDate(str(r.receivedDate))]);
  if (r.importedBy) lines.push(['Người nhập', `${str(r.importedBy)}${r.importedAt ? `, ${formatDateTime(str(r.importedAt))}` : ''}`]);
  return lines;
}

/** A draft's prose: its parts, each cut to a line, so the two sides can be told apart at a glance. */
function draftLines(v: unknown): Line[] {
  const parts = Object.values(record(v)).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  if (!parts.length) return [['Nội dung', 'trống']];
  return parts.slice(0, 4).map((p, i) => [`Đoạn ${i + 1}`, p.length > 160 ? `${p.slice(0, 160)}…` : p]);
}

/** A catalogue entry or a settings block: only the fields that differ (all of them when one side lacks it). */
function planLines(v: unknown, other: unknown): Line[] {
  if (v === null || v === undefined) return [['', 'Không có trên bên này']];
  const a = record(v);
  const b = record(other);
  const keys = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return (keys.length ? keys : Object.keys(a).slice(0, 4)).map((k) => [fieldLabel(k), valueText(a[k])]);
}

function linesOf(c: ExchangeConflict, side: 'ours' | 'theirs'): Line[] {
  const v = c[side];
  const other = side === 'ours' ? c.theirs : c.ours;
  if (c.kind === 'settlement') return settlementLines(v);
  if (c.kind === 'report') return reportLines(v);
  if (c.kind === 'draft') return draftLines(v);
  return planLines(v, other);
}

/** Both versions of a conflict next to each other: this PC's on the left, the other section's on the right. */
export function ConflictSides({ conflict }: { conflict: ExchangeConflict }) {
  const other = conflict.label.replace(/^Khác với bên /, '');
  return (
    <div className="conflict-sides">
      {(['ours', 'theirs'] as const).map((side) => (
        <section key={side} aria-label={side === 'ours' ? 'Bản của máy này' : `Bản của ${other}`} className={conflict.choice === side ? 'conflict-side chosen' : 'conflict-side'}>
          <h4>{side === 'ours' ? 'Bản của máy này' : `Bản của ${other}`}</h4>
          <dl className="facts">
            {linesOf(conflict, side).map(([label, value], i) => (
              <div key={i} className="fact-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
