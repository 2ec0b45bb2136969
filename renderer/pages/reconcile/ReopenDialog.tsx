import { Dialog, DialogBody, FormGroup, TextArea } from '@blueprintjs/core';
import { useState } from 'react';
import { RULE_TITLES, type FindingView } from '../../../shared/domain/reconcile';
import { api } from '../../api/client';
import { isStale } from '../../api/error-guide';
import { ConfirmFooter } from '../../components/ConfirmFooter';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useEnterConfirms } from '../../components/use-enter-confirms';
import { useSave } from '../../components/use-save';

/** Reopening undoes a settlement: the reason goes to the audit log beside the settlement it undoes. */
export function ReopenDialog({ finding, onClose, onDone, onStale }: { finding: FindingView; onClose(): void; onDone(): void; onStale(): void }) {
  const [reason, setReason] = useState('');
  const save = useSave();
  async function submit() {
    if (!reason.trim()) return save.run(async () => ({ ok: false, error: { code: 'invalid_input', message: 'Hãy ghi lý do mở lại điểm này.' } }));
    // The channel answers null on success: mapped to true so that a refusal (null from run) is told apart.
    const done = await save.run(
      async () => {
        const r = await api['reconcile.reopen']({ period: finding.period, key: finding.key, reason });
        return r.ok ? { ok: true as const, value: true } : r;
      },
      { onError: (e) => void (isStale(e) && onStale()) },
    );
    if (done) onDone();
  }
  // Enter confirms (not in the note's textarea: a new line there); Esc closes, as every dialog.
  useEnterConfirms(true, () => void (save.saving || submit()));
  return (
    <Dialog isOpen onClose={onClose} title={`Mở lại: ${finding.rule} – ${RULE_TITLES[finding.rule]}`}>
      <DialogBody>
        <p>{finding.message}</p>
        <FormGroup label="Lý do mở lại (bắt buộc)" labelFor="reopen-reason">
          <TextArea id="reopen-reason" fill autoFocus value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        </FormGroup>
        <ErrorCallout error={save.error} />
      </DialogBody>
      <ConfirmFooter label="Mở lại" icon="undo" saving={save.saving} onCancel={onClose} onConfirm={() => void submit()} />
    </Dialog>
  );
}
