import { Button, Checkbox, TextArea } from '@blueprintjs/core';
import type { ProseItem } from '../../../shared/domain/documents';
import { addItem, moveItem, removeItem, sourceLabel, updateItem } from '../../../shared/domain/prose-picks-edit';

/** Beyond this many sources the line shows the first few and folds the rest, so 26 units do not bury the text. */
const SOURCES_SHOWN = 3;

/**
 * One list of prose items the clerk picks from: tick to print, edit the wording, move up or down.
 * The controls are named by the item's place ("mục 2") inside the list's own region, so a screen
 * reader (and a test) tells the same control of two lists apart.
 */
export function PickList(props: { title: string; items: ProseItem[]; onChange(items: ProseItem[]): void; empty: string; heading?: 'h3' | 'h4' }) {
  const { items, onChange } = props;
  const Heading = props.heading ?? 'h4';
  return (
    <section className="pick-list" aria-label={props.title}>
      <Heading>{props.title}</Heading>
      {items.length === 0 ? <p className="muted small">{props.empty}</p> : null}
      <ol>
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <li key={i} className={item.chosen ? 'pick-item' : 'pick-item unchosen'}>
              <Checkbox className="pick-check" checked={item.chosen} aria-label={`Chọn mục ${n}`} onChange={(e) => onChange(updateItem(items, i, { chosen: e.currentTarget.checked }))} />
              <div className="pick-body">
                <TextArea fill autoResize aria-label={`Nội dung mục ${n}`} value={item.text} onChange={(e) => onChange(updateItem(items, i, { text: e.currentTarget.value }))} />
                <Sources item={item} />
              </div>
              <div className="pick-moves">
                <Button size="small" variant="minimal" icon="arrow-up" aria-label={`Chuyển mục ${n} lên`} title="Chuyển lên" disabled={i === 0} onClick={() => onChange(moveItem(items, i, -1))} />
                <Button size="small" variant="minimal" icon="arrow-down" aria-label={`Chuyển mục ${n} xuống`} title="Chuyển xuống" disabled={i === items.length - 1} onClick={() => onChange(moveItem(items, i, 1))} />
                {item.sources.length === 0 ? <Button size="small" variant="minimal" icon="trash" aria-label={`Xóa mục ${n}`} title="Xóa mục tự viết" onClick={() => onChange(removeItem(items, i))} /> : null}
              </div>
            </li>
          );
        })}
      </ol>
      <Button size="small" variant="minimal" icon="add" aria-label={`Thêm mục vào ${props.title}`} onClick={() => onChange(addItem(items))}>
        Thêm mục
      </Button>
    </section>
  );
}

function Sources({ item }: { item: ProseItem }) {
  if (item.sources.length === 0) return <div className="pick-sources muted small">Mục do người lập văn bản viết thêm.</div>;
  const labels = item.sources.map(sourceLabel);
  if (labels.length <= SOURCES_SHOWN) return <div className="pick-sources muted small">Nguồn: {labels.join('; ')}</div>;
  return (
    <details className="pick-sources muted small">
      <summary>
        Nguồn: {labels.slice(0, SOURCES_SHOWN).join('; ')} và {labels.length - SOURCES_SHOWN} nguồn khác
      </summary>
      {labels.slice(SOURCES_SHOWN).join('; ')}
    </details>
  );
}
