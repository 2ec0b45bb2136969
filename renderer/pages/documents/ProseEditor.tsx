import { Button, Card, FormGroup, TextArea } from '@blueprintjs/core';
import type { DocumentProse } from '../../../shared/domain/documents';
import type { ContentArea } from '../../../shared/domain/plan';
import type { AppErrorBody } from '../../../shared/result';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatDateTime } from '../../format';

/** The parts of the report that are prose: prefilled from the districts' narratives, edited here. */
export function ProseEditor(props: { areas: ContentArea[]; prose: DocumentProse; onChange(p: DocumentProse): void; onSave(): void; saving: boolean; error: AppErrorBody | null; savedAt: string | null }) {
  const { prose, onChange } = props;
  const area = (no: number, text: string) => onChange({ ...prose, highlights: { ...prose.highlights, [no]: text } });
  const field = (label: string, id: string, value: string, set: (v: string) => void) => (
    <FormGroup label={label} labelFor={id}>
      <TextArea id={id} fill autoResize value={value} onChange={(e) => set(e.currentTarget.value)} />
    </FormGroup>
  );
  return (
    <Card className="prose-editor spaced">
      <h2>Nội dung nhận định</h2>
      <p className="muted">
        {props.savedAt ? `Đã lưu lúc ${formatDateTime(props.savedAt)}.` : 'Chưa lưu: nội dung dưới đây được gợi ý từ phần thuyết minh trong báo cáo của các đơn vị.'} Mỗi dòng là một đoạn trong văn bản.
      </p>
      <h3>I. Kết quả nổi bật theo từng nội dung</h3>
      {props.areas.map((a) => field(`${a.no}. ${a.title}`, `prose-area-${a.no}`, prose.highlights[a.no] ?? '', (v) => area(a.no, v)))}
      {field('II. Đánh giá chung (ưu điểm, hạn chế, nguyên nhân)', 'prose-assessment', prose.assessment, (v) => onChange({ ...prose, assessment: v }))}
      {field('III. Nhiệm vụ trọng tâm thời gian tới', 'prose-tasks', prose.tasks, (v) => onChange({ ...prose, tasks: v }))}
      {field('IV. Đề xuất, kiến nghị', 'prose-proposals', prose.proposals, (v) => onChange({ ...prose, proposals: v }))}
      <ErrorCallout error={props.error} />
      <Button icon="floppy-disk" loading={props.saving} onClick={props.onSave}>
        Lưu nội dung
      </Button>
    </Card>
  );
}
