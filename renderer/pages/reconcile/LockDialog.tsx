import { Callout, Dialog, DialogBody, FormGroup, TextArea } from '@blueprintjs/core';
import { useState } from 'react';
import { periodName } from '../../../shared/domain/periods';
import { api } from '../../api/client';
import { isStale } from '../../api/error-guide';
import { ConfirmFooter } from '../../components/ConfirmFooter';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useEnterConfirms } from '../../components/use-enter-confirms';
import { useSave } from '../../components/use-save';

/**
 * Locking freezes a settled period; unlocking needs a reason, which goes to the audit log.
 * onStale: the period was locked or unlocked meanwhile (`conflict`): the page reloads, the dialog keeps the message.
 */
export function LockDialog({ mode, period, openFindings, onClose, onDone, onStale }: { mode: 'lock' | 'unlock'; period: string; openFindings: number; onClose(): void; onDone(): void; onStale(): void }) {
  const [text, setText] = useState('');
  const save = useSave();
  async function submit() {
    const r = await save.run(() => (mode === 'lock' ? api['reconcile.lock']({ period, note: text.trim() || null }) : api['reconcile.unlock']({ period, reason: text })), {
      onError: (e) => void (isStale(e) && onStale()),
    });
    if (r) onDone();
  }
  useEnterConfirms(true, () => void (save.saving || submit()));
  return (
    <Dialog isOpen onClose={onClose} title={mode === 'lock' ? `Chốt số liệu ${periodName(period)}` : `Mở khóa ${periodName(period)}`}>
      <DialogBody>
        {mode === 'lock' && openFindings > 0 ? (
          <Callout intent="warning">Còn {openFindings} điểm chênh lệch chưa xử lý. Vẫn có thể chốt, nhưng văn bản sẽ cảnh báo điều này.</Callout>
        ) : null}
        <FormGroup label={mode === 'lock' ? 'Ghi chú (không bắt buộc)' : 'Lý do mở khóa (bắt buộc)'} labelFor="lock-text">
          <TextArea id="lock-text" fill value={text} onChange={(e) => setText(e.currentTarget.value)} />
        </FormGroup>
        <ErrorCallout error={save.error} />
      </DialogBody>
      <ConfirmFooter label={mode === 'lock' ? 'Chốt số liệu' : 'Mở khóa'} icon={mode === 'lock' ? 'lock' : 'unlock'} saving={save.saving} onCancel={onClose} onConfirm={() => void submit()} />
    </Dialog>
  );
}
