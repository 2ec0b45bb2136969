import { Button, Card, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import type { ExchangeConflict } from '../../../shared/domain/exchange';
import { api } from '../../api/client';
import { formatDateTime } from '../../format';
import { ErrorCallout } from '../ErrorCallout';
import { useSave } from '../use-save';
import { ConflictSides } from './ConflictSides';
import { conflictSubject } from './text';

const choiceText = (c: ExchangeConflict) => (c.choice === 'ours' ? 'Đã giữ bản của máy này' : 'Đã dùng bản của bên kia');

/**
 * Conflicts kept by an exchange import: the open ones with both versions and the two choices,
 * then the resolved ones, dimmed, with the choice, who and when.
 */
export function ConflictList({ conflicts, subject, onResolved }: { conflicts: ExchangeConflict[]; subject?: (c: ExchangeConflict) => string; onResolved(): void }) {
  const open = conflicts.filter((c) => !c.resolvedAt);
  const resolved = conflicts.filter((c) => c.resolvedAt);
  return (
    <div className="conflict-list">
      {open.map((c) => (
        <OpenConflict key={c.id} conflict={c} subject={subject?.(c) ?? conflictSubject(c.kind, c.key)} onResolved={onResolved} />
      ))}
      {resolved.length ? <h3 className="conflict-resolved-title">Đã chọn ({resolved.length})</h3> : null}
      {resolved.map((c) => (
        <Card key={c.id} className="conflict-card resolved" role="group" aria-label={`Đã chọn: ${subject?.(c) ?? conflictSubject(c.kind, c.key)}`}>
          <p className="conflict-head">
            <strong>{subject?.(c) ?? conflictSubject(c.kind, c.key)}</strong>{' '}
            <Tag minimal intent="success">{choiceText(c)}</Tag>{' '}
            <span className="muted">
              {c.resolvedBy}, {formatDateTime(c.resolvedAt!)}
            </span>
          </p>
          <ConflictSides conflict={c} />
        </Card>
      ))}
    </div>
  );
}

function OpenConflict({ conflict, subject, onResolved }: { conflict: ExchangeConflict; subject: string; onResolved(): void }) {
  const save = useSave();
  const [choosing, setChoosing] = useState<'ours' | 'theirs' | null>(null);
  const choose = async (choose: 'ours' | 'theirs') => {
    setChoosing(choose);
    let stale = false;
    // A conflict chosen meanwhile is as stale as one chosen here: read the lists again, keep the message.
    const r = await save.run(() => api['exchange.resolve']({ id: conflict.id, choose }), { onError: (e) => void (stale = e.code === 'conflict') });
    setChoosing(null);
    // A choice that landed refreshes the lists through the query cache (a mutating channel); a stale one must ask.
    if (!r && stale) onResolved();
  };
  return (
    <Card className="conflict-card" role="group" aria-label={`${conflict.label}: ${subject}`}>
      <p className="conflict-head">
        <strong>{subject}</strong> <span className="muted">· gói “{conflict.packageFile}”, nhập lúc {formatDateTime(conflict.createdAt)}</span>
      </p>
      <ConflictSides conflict={conflict} />
      <div className="inline-controls spaced">
        <Button icon="desktop" loading={choosing === 'ours'} disabled={choosing !== null} onClick={() => void choose('ours')}>
          Giữ bản của máy này
        </Button>
        <Button icon="import" intent="primary" loading={choosing === 'theirs'} disabled={choosing !== null} onClick={() => void choose('theirs')}>
          Dùng bản của bên kia
        </Button>
      </div>
      <ErrorCallout error={save.error} />
    </Card>
  );
}
