import { Dialog, DialogBody, FormGroup, TextArea } from '@blueprintjs/core';
import { useState } from 'react';
import { RULE_TITLES, type FindingView } from '../../../shared/domain/reconcile';
import { api } from '../../api/client';
import { isStale } from '../../api/error-guide';
import { ConfirmFooter } from '../../components/ConfirmFooter';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useEnterConfirms } from '../../components/use-enter-confirms';
import { useSave } from '../../components/use-save';

/** One action and one note for a selection of findings of one rule (they are settled together, or none is). */
export function BulkSettleDialog({ findings, action, onClose, onDone, onStale }: { findings: FindingView[]; action: 'accept' | 'explain'; onClose(): void; onDone(): void; onStale(): void }) {
  const [note, setNote] = useState('');
  const save = useSave();
  const first = findings[0]!;
  const title = action === 'explain' ? `Giải trình ${findings.length} điểm đã chọn` : `Chấp nhận ${findings.length} điểm`;
  async function submit() {
    const r = await save.run(() => api['reconcile.settleMany']({ period: first.period, keys: findings.map((f) => f.key), action, note: note.trim() || null }), {
      onError: (e) => void (isStale(e) && onStale()),
    });
    if (r) onDone();
  }
  // Enter confirms (not in the note's textarea: a new line there); Esc closes, as every dialog.
  useEnterConfirms(true, () => void (save.saving || submit()));
  return (
    <Dialog isOpen onClose={onClose} title={`${title} (${first.rule} – ${RULE_TITLES[first.rule]})`} style={{ width: 640 }}>
      <DialogBody>
        <p>
          {findings.length} điểm của quy tắc {first.rule} được {action === 'explain' ? 'giải trình' : 'chấp nhận'} cùng một nội dung; mỗi điểm được ghi vào nhật ký như khi xử lý
          từng điểm.
        </p>
        <FormGroup label={action === 'explain' ? 'Nội dung giải trình (bắt buộc)' : 'Ghi chú (không bắt buộc)'} labelFor="bulk-note">
          <TextArea id="bulk-note" fill autoFocus autoResize value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </FormGroup>
        <ErrorCallout error={save.error} />
      </DialogBody>
      <ConfirmFooter label={title} icon="tick" saving={save.saving} onCancel={onClose} onConfirm={() => void submit()} />
    </Dialog>
  );
}
