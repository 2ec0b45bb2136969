import { useState } from 'react';

/**
 * The row a catalogue tab has open in its edit dialog. Closing the dialog forgets it; so does
 * saving (the save made the cached plan stale, so the table reads what was stored).
 */
export function useEditing<T>() {
  const [editing, setEditing] = useState<T | null>(null);
  return {
    editing,
    edit: (row: T) => setEditing(row),
    dialog: {
      onClose: () => setEditing(null),
      onSaved: () => setEditing(null),
    },
  };
}
