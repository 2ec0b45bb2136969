import type { ReactNode } from 'react';

/** The one row a table shows when it has none, spanning all its columns, so it never looks cut off. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="muted">
        {children}
      </td>
    </tr>
  );
}
