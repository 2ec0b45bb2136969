import { Button, Dialog, DialogBody, DialogFooter } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import type { AppErrorBody } from '../../shared/result';
import { ErrorCallout } from './ErrorCallout';
import { useEnterConfirms } from './use-enter-confirms';

/** The one edit dialog: fields in the body, Hủy / Lưu in the footer, the save error above them; Esc closes, Enter saves. */
export function EditDialog(props: { title: string; isOpen: boolean; onClose(): void; onSave(): void; saving: boolean; error: AppErrorBody | null; children: ReactNode }) {
  useEnterConfirms(props.isOpen, () => {
    if (!props.saving) props.onSave();
  });
  return (
    <Dialog title={props.title} isOpen={props.isOpen} onClose={props.onClose} style={{ width: 640 }}>
      <DialogBody>
        {props.children}
        <ErrorCallout error={props.error} />
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button onClick={props.onClose}>Hủy</Button>
            <Button intent="primary" icon="floppy-disk" loading={props.saving} onClick={props.onSave}>
              Lưu
            </Button>
          </>
        }
      />
    </Dialog>
  );
}
