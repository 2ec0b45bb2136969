import { useState } from 'react';

/**
 * The row a catalogue tab has open in its edit dialog. Closing the dialog forgets it; saving
 * forgets it and reloads the plan, so the table shows what was stored.
 */
export function useEditing<T>(onSaved: () => void) {
  const [editing, setEditing] = useState<T | null>(null);
  return {
    editing,
    edit: (row: T) => setEditing(row),
    dialog: {
      onClose: () => setEditing(null),
      onSaved: () => {
        setEditing(null);
        onSaved();
      },
    },
  };
}
