import { Button, Dialog, DialogBody, DialogFooter } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import type { AppErrorBody } from '../../shared/result';
import { ErrorCallout } from './ErrorCallout';

/** The one edit dialog: fields in the body, Hủy / Lưu in the footer, the save error above them. */
export function EditDialog(props: { title: string; isOpen: boolean; onClose(): void; onSave(): void; saving: boolean; error: AppErrorBody | null; children: ReactNode }) {
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
