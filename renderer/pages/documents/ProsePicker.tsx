import type { ProseList, ProsePicks } from '../../../shared/domain/documents';
import type { ContentArea } from '../../../shared/domain/plan';
import { composeProse } from '../../../shared/domain/prose-compose';
import { PickList } from './PickList';
import { PrintedProse } from './PrintedProse';

const ASSESSMENT: { list: ProseList; title: string; empty: string }[] = [
  { list: 'strengths', title: 'Ưu điểm', empty: 'Không có ưu điểm nào từ số liệu hay báo cáo của các đơn vị.' },
  { list: 'shortcomings', title: 'Hạn chế, khó khăn', empty: 'Các đơn vị không báo cáo hạn chế, khó khăn.' },
  { list: 'causes', title: 'Nguyên nhân', empty: 'Các đơn vị không nêu nguyên nhân.' },
];

/**
 * The clerk picks the prose: every list of items from the districts' text with its ticks, order and
 * wording, beside the text the document will print from them (composeProse, the same function the
 * main process recomposes with on save).
 */
export function ProsePicker({ areas, picks, onChange }: { areas: ContentArea[]; picks: ProsePicks; onChange(p: ProsePicks): void }) {
  const list = (key: ProseList) => ({ items: picks[key], onChange: (items: ProsePicks[ProseList]) => onChange({ ...picks, [key]: items }) });
  return (
    <div className="prose-picker">
      <div className="pick-lists">
        <h3>I. Kết quả nổi bật theo từng nội dung</h3>
        {areas.map((a) => (
          <PickList
            key={a.no}
            title={`${a.no}. ${a.title}`}
            items={picks.highlights[a.no] ?? []}
            empty="Báo cáo của các đơn vị không có kết quả nổi bật thuộc nội dung này."
            onChange={(items) => onChange({ ...picks, highlights: { ...picks.highlights, [a.no]: items } })}
          />
        ))}
        <h3>II. Đánh giá chung</h3>
        {ASSESSMENT.map((p) => (
          <PickList key={p.list} title={p.title} empty={p.empty} {...list(p.list)} />
        ))}
        <PickList heading="h3" title="III. Nhiệm vụ trọng tâm thời gian tới" empty="Không có nhiệm vụ nào còn hạn từ báo cáo của các đơn vị." {...list('tasks')} />
        <PickList heading="h3" title="IV. Đề xuất, kiến nghị" empty="Các đơn vị không có đề xuất, kiến nghị." {...list('proposals')} />
      </div>
      <PrintedProse areas={areas} printed={composeProse(picks)} />
    </div>
  );
}
