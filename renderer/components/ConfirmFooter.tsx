import { Button, DialogFooter, type IconName } from '@blueprintjs/core';

/** The footer of a dialog with one action: "Hủy" and the primary button, busy while it saves. */
export function ConfirmFooter({ label, icon, saving, onCancel, onConfirm }: { label: string; icon: IconName; saving: boolean; onCancel(): void; onConfirm(): void }) {
  return (
    <DialogFooter
      actions={
        <>
          <Button onClick={onCancel}>Hủy</Button>
          <Button intent="primary" icon={icon} loading={saving} onClick={onConfirm}>
            {label}
          </Button>
        </>
      }
    />
  );
}
