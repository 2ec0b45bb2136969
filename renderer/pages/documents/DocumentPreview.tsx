import type { PreviewBlock } from '../../../shared/domain/documents';

/** The document as it will print: paragraphs and tables read back from the built .docx. */
export function DocumentPreview({ blocks }: { blocks: PreviewBlock[] }) {
  return (
    <section className="doc-preview" aria-label="Xem trước văn bản">
      <div className="doc-page">
        {blocks.map((b, i) => {
          if (b.type === 'section') return <hr key={i} className="doc-section" />;
          if (b.type === 'table')
            return (
              <table key={i} className="doc-table">
                <tbody>
                  {b.rows.map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k}>{c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          return (
            <p key={i} className={`doc-p align-${b.align}${b.bold ? ' bold' : ''}${b.italic ? ' italic' : ''}`}>
              {b.text || '\u00a0'}
            </p>
          );
        })}
      </div>
    </section>
  );
}
