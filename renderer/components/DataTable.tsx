import { HTMLTable, Icon, InputGroup } from '@blueprintjs/core';
import { columnFilteringFeature, createFilteredRowModel, createSortedRowModel, globalFilteringFeature, rowSortingFeature, tableFeatures, useTable, type ColumnDef, type RowData, type SortingState } from '@tanstack/react-table';
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { compareValues, matchesSearch, type SortKind, type SortValue } from '../../shared/text/sort-search';
import { EmptyRow } from './EmptyRow';

/** One column: what it shows, and (when it sorts) the value it sorts by and the text a search reads. */
export interface DataColumn<T> {
  id: string;
  header: ReactNode;
  cell(row: T): ReactNode;
  /** The sort value; without it the column does not sort. */
  value?(row: T): SortValue;
  kind?: SortKind;
  /** What a search reads in this column (default: the sort value as text). */
  search?(row: T): string;
  className?: string;
}

const SEARCH = '__search';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export interface DataTableProps<T extends RowData> {
  rows: readonly T[];
  columns: readonly DataColumn<T>[];
  rowKey(row: T): string;
  label: string;
  className?: string;
  rowClassName?(row: T): string | undefined;
  /** Placeholder of the search box; without it there is no search box. */
  searchPlaceholder?: string;
  empty: ReactNode;
  /** Shown beside the search box (filters, counts, bulk actions). */
  toolbar?(shown: T[]): ReactNode;
  /** Heading rows between groups (a catalogue's areas), shown while no column sort is chosen. */
  groupOf?(row: T): { key: string; label: ReactNode };
}

/**
 * A list that sorts by a click on a column heading (aria-sort tells which) and searches ignoring
 * case and diacritics, through TanStack Table; the markup and look stay Blueprint's HTMLTable.
 * With no sort chosen, rows keep the order they came in (the order the page decided).
 */
export function DataTable<T extends RowData>({ rows, columns, rowKey, label, className, rowClassName, searchPlaceholder, empty, toolbar, groupOf }: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const data = useMemo(() => [...rows], [rows]);
  const defs = useMemo<ColumnDef<typeof features, T>[]>(
    () => [
      ...columns.map(
        (c): ColumnDef<typeof features, T> => ({
          id: c.id,
          accessorFn: (row: T) => c.value?.(row) ?? null,
          enableSorting: !!c.value,
          sortFn: (a, b, id) => compareValues(c.kind ?? 'text', a.getValue<SortValue>(id), b.getValue<SortValue>(id)),
        }),
      ),
      {
        id: SEARCH,
        accessorFn: (row: T) => columns.map((c) => c.search?.(row) ?? String(c.value?.(row) ?? '')).join(' '),
        enableSorting: false,
      },
    ],
    [columns],
  );
  const table = useTable({
    features,
    columns: defs,
    data,
    getRowId: (row: T) => rowKey(row),
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    getColumnCanGlobalFilter: (column) => column.id === SEARCH,
    globalFilterFn: (row, id, q) => matchesSearch(String(row.getValue(id) ?? ''), String(q ?? '')),
  });
  const shown = table.getRowModel().rows.map((r) => r.original);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <>
      {searchPlaceholder || toolbar ? (
        <div className="inline-controls filters">
          {searchPlaceholder ? (
            <InputGroup
              type="search"
              leftIcon="search"
              aria-label={`Tìm trong ${label.toLowerCase()}`}
              placeholder={searchPlaceholder}
              value={globalFilter}
              onChange={(e) => setGlobalFilter(e.currentTarget.value)}
            />
          ) : null}
          {toolbar?.(shown)}
        </div>
      ) : null}
      <HTMLTable compact striped className={`data-table ${className ?? ''}`.trim()} aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => {
              const col = headers.find((h) => h.column.id === c.id)?.column;
              const dir = col?.getIsSorted() || null;
              if (!c.value || !col) return <th key={c.id} className={c.className}>{c.header}</th>;
              return (
                <th key={c.id} className={c.className} aria-sort={dir ? ARIA_SORT[dir] : 'none'}>
                  <button type="button" className="sort-header" onClick={col.getToggleSortingHandler()} title="Bấm để sắp xếp">
                    {c.header}
                    <Icon icon={dir === 'asc' ? 'caret-up' : dir === 'desc' ? 'caret-down' : 'double-caret-vertical'} size={12} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => {
            const group = groupOf && !sorting.length ? groupOf(row) : null;
            const starts = group && (i === 0 || groupOf!(shown[i - 1]!).key !== group.key);
            return (
              <Fragment key={rowKey(row)}>
                {starts ? (
                  <tr className="group-row">
                    <td colSpan={columns.length}>{group.label}</td>
                  </tr>
                ) : null}
                <tr className={rowClassName?.(row)}>
                  {columns.map((c) => (
                    <td key={c.id} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              </Fragment>
            );
          })}
          {shown.length === 0 ? <EmptyRow columns={columns.length}>{rows.length === 0 ? empty : 'Không có dòng nào khớp nội dung tìm.'}</EmptyRow> : null}
        </tbody>
      </HTMLTable>
    </>
  );
}
