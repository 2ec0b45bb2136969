import type { DocumentProse } from '../../../shared/domain/documents';
import type { ContentArea } from '../../../shared/domain/plan';
import { NO_ASSESSMENT } from '../../../shared/domain/prose-compose';

/**
 * What the document will print from the clerk's picks, part by part, as they tick. It says where a
 * part prints something other than the chosen lines (the totals of Part I, Part II's sentence when
 * nothing is chosen, a part left out), so the clerk is never surprised by the Word file.
 */
export function PrintedProse({ areas, printed }: { areas: ContentArea[]; printed: Omit<DocumentProse, 'picks'> }) {
  const text = (value: string, none: string) => (value.trim() ? <p className="printed-text">{value}</p> : <p className="muted small">{none}</p>);
  return (
    <aside className="printed-prose" role="region" aria-label="Nội dung sẽ in">
      <h3>Nội dung sẽ in vào văn bản</h3>
      <p className="muted small">Cập nhật ngay khi chọn, sửa hoặc đổi thứ tự. Phần I in số liệu tổng hợp của từng nội dung trước các kết quả nổi bật.</p>
      <h4>I. Kết quả nổi bật</h4>
      {areas.map((a) => (
        <div key={a.no}>
          <div className="printed-area">
            {a.no}. {a.title}
          </div>
          {text(printed.highlights[a.no] ?? '', 'Chỉ in số liệu tổng hợp (không chọn kết quả nổi bật nào).')}
        </div>
      ))}
      <h4>II. Đánh giá chung</h4>
      {printed.assessment.trim() ? <p className="printed-text">{printed.assessment}</p> : <p className="printed-text">{NO_ASSESSMENT}</p>}
      <h4>III. Nhiệm vụ trọng tâm thời gian tới</h4>
      {text(printed.tasks, 'Không in phần này: chưa chọn nhiệm vụ nào.')}
      <h4>IV. Đề xuất, kiến nghị</h4>
      {text(printed.proposals, 'Không in phần này: chưa chọn đề xuất nào.')}
    </aside>
  );
}
