import { useEffect, useRef } from 'react';

/**
 * Enter saves an open dialog with one primary action, wherever the focus is in it — except in a
 * multi-line text (Enter is a new line there), on a button or link (Enter presses that one), in a
 * list box, and while an input method is composing: Vietnamese typed with Telex or VNI ends words
 * with keys the IME holds, and its Enter must not save a half-typed name.
 */
export function useEnterConfirms(open: boolean, confirm: () => void): void {
  const latest = useRef(confirm);
  latest.current = confirm;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.isComposing || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
      const t = e.target instanceof Element ? e.target : null;
      // Right after opening, and after a click on the dialog's text, the focus sits on the overlay's
      // focus trap or container, outside .bp6-dialog: Enter must confirm from there too.
      if (!t?.closest('.bp6-dialog, .bp6-overlay')) return;
      if (t.closest('textarea, button, a, select, [role="listbox"], [contenteditable="true"]')) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}
