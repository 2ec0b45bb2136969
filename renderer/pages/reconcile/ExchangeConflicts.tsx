import { Callout } from '@blueprintjs/core';
import type { ExchangeConflict } from '../../../shared/domain/exchange';
import type { FindingView } from '../../../shared/domain/reconcile';
import { useQuery } from '../../api/use-query';
import { ErrorCallout } from '../../components/ErrorCallout';
import { ConflictList } from '../../components/exchange/ConflictList';

/**
 * The period's settlements that differ from the other section's (kept by an exchange import),
 * above the findings: the clerk chooses one version, then the findings show the chosen one.
 */
export function ExchangeConflicts({ period, findings, onResolved }: { period: string; findings: FindingView[]; onResolved(): void }) {
  const conflicts = useQuery('exchange.conflicts', { period });
  const list = (conflicts.data ?? []).filter((c) => c.kind === 'settlement');
  if (conflicts.error) return <ErrorCallout error={conflicts.error} />;
  if (!list.length) return null;
  const open = list.filter((c) => !c.resolvedAt).length;
  const subject = (c: ExchangeConflict) => {
    const f = findings.find((x) => x.key === c.key);
    // The finding's message already names the unit, the indicator and both figures.
    return f ? `${f.rule} · ${f.message}` : 'Điểm chênh lệch không còn trong kỳ này';
  };
  const heading = list[0]!.label;
  return (
    <section aria-label={heading} className="exchange-conflicts">
      <Callout intent={open ? 'warning' : 'success'} icon="changes" title={heading}>
        {open
          ? `${open} điểm chênh lệch được xử lý khác nhau ở hai bên. Xem hai bản cạnh nhau rồi chọn một: bản được chọn là cách xử lý của máy này.`
          : 'Các điểm khác nhau giữa hai bên đã được chọn xong.'}
      </Callout>
      <ConflictList
        conflicts={list}
        subject={subject}
        onResolved={onResolved}
      />
    </section>
  );
}
