import { Button, InputGroup } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { DATE_VI_HINT, localIsoDate, parseDateVi } from '../../../shared/dates';
import { RECEIVED_SOURCE_LABELS, receivedSuggestions } from '../../../shared/domain/received-date';
import { formatDate } from '../../format';
import type { Row } from './ImportBatch';


/**
 * The received date of one file, editable in the batch table: it decides lateness and which file of
 * a unit counts. The file's own dates are offered beside it as "gợi ý", applied only on a click.
 */
export function ReceivedCell({ row, earliest, onChange }: { row: Row; earliest: string | null; onChange(date: string): void }) {
  const [text, setText] = useState(formatDate(row.receivedDate));
  useEffect(() => setText(formatDate(row.receivedDate)), [row.receivedDate]);
  const invalid = parseDateVi(text) === null;
  if (row.saved) return <>{formatDate(row.saved.receivedDate)}</>;
  const suggestions = receivedSuggestions({ fileModified: row.fileModified, reportDate: row.staged?.reportDate ?? null, current: row.receivedDate, today: localIsoDate(), earliest });
  return (
    <div className="received-cell">
      <InputGroup
        small
        value={text}
        placeholder="dd/mm/yyyy"
        intent={invalid ? 'danger' : 'none'}
        aria-label={`Ngày nhận ${row.fileName}`}
        title={invalid ? DATE_VI_HINT : row.dateChosen ? 'Ngày nhận riêng của tệp này' : 'Ngày nhận chung của cả đợt'}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          const iso = parseDateVi(text);
          if (iso && iso !== row.receivedDate) onChange(iso);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {suggestions.map((s) => (
        <Button key={s.date} size="small" variant="minimal" intent="primary" className="suggestion" title={`Dùng ${RECEIVED_SOURCE_LABELS[s.source]} làm ngày nhận`} onClick={() => onChange(s.date)}>
          gợi ý: {formatDate(s.date)} ({RECEIVED_SOURCE_LABELS[s.source]})
        </Button>
      ))}
    </div>
  );
}
