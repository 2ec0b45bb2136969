import type { ReactNode } from 'react';
import { useChart, type ChartOption } from './echarts';

export interface ChartTable {
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

/**
 * A chart for the eye and its numbers for a screen reader: the drawing is hidden from assistive
 * technology, a caption says what it shows, and a visually hidden table holds every value.
 */
export function ChartFigure({ caption, option, table, height, note, id }: { caption: string; option: ChartOption; table: ChartTable; height: number; note?: ReactNode; id: string }) {
  const el = useChart(option);
  return (
    <figure className="chart-figure" data-chart={id}>
      <figcaption>{caption}</figcaption>
      <div ref={el} className="chart" style={{ height }} aria-hidden="true" />
      {note ? <p className="muted small">{note}</p> : null}
      {/* The wrapper hides it: a table box keeps its content's width whatever width it is given. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" />
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
