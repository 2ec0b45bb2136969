import { Button, Card, FormGroup, TextArea } from '@blueprintjs/core';
import type { DocumentProse } from '../../../shared/domain/documents';
import type { ContentArea } from '../../../shared/domain/plan';
import { withComposedText } from '../../../shared/domain/prose-compose';
import type { AppErrorBody } from '../../../shared/result';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatDateTime } from '../../format';
import { ProsePicker } from './ProsePicker';

/**
 * The parts of the report that are prose, prefilled from the districts' narratives. With items the
 * clerk picks them (ProsePicker); a draft saved before items existed is still edited as free text.
 */
export function ProseEditor(props: { areas: ContentArea[]; prose: DocumentProse; onChange(p: DocumentProse): void; onSave(): void; saving: boolean; error: AppErrorBody | null; savedAt: string | null }) {
  const { prose, onChange } = props;
  const saved = props.savedAt ? `Đã lưu lúc ${formatDateTime(props.savedAt)}.` : 'Chưa lưu: nội dung dưới đây được gợi ý từ phần thuyết minh trong báo cáo của các đơn vị.';
  return (
    <Card className="prose-editor spaced">
      <h2>Nội dung nhận định</h2>
      {prose.picks ? (
        <>
          <p className="muted">{saved} Đánh dấu mục để đưa vào văn bản, sửa câu chữ, đổi thứ tự bằng nút mũi tên; bấm "Lưu nội dung" để giữ lựa chọn.</p>
          {/* The text kept in the page state is the one the picks make, as the main process will save it. */}
          <ProsePicker areas={props.areas} picks={prose.picks} onChange={(picks) => onChange(withComposedText({ ...prose, picks }))} />
        </>
      ) : (
        <>
          <p className="muted">{saved} Mỗi dòng là một đoạn trong văn bản.</p>
          <FreeText areas={props.areas} prose={prose} onChange={onChange} />
        </>
      )}
      <ErrorCallout error={props.error} />
      <Button icon="floppy-disk" loading={props.saving} onClick={props.onSave}>
        Lưu nội dung
      </Button>
    </Card>
  );
}

function FreeText({ areas, prose, onChange }: { areas: ContentArea[]; prose: DocumentProse; onChange(p: DocumentProse): void }) {
  const area = (no: number, text: string) => onChange({ ...prose, highlights: { ...prose.highlights, [no]: text } });
  const field = (label: string, id: string, value: string, set: (v: string) => void) => (
    <FormGroup key={id} label={label} labelFor={id}>
      <TextArea id={id} fill autoResize value={value} onChange={(e) => set(e.currentTarget.value)} />
    </FormGroup>
  );
  return (
    <>
      <h3>I. Kết quả nổi bật theo từng nội dung</h3>
      {areas.map((a) => field(`${a.no}. ${a.title}`, `prose-area-${a.no}`, prose.highlights[a.no] ?? '', (v) => area(a.no, v)))}
      {field('II. Đánh giá chung (ưu điểm, hạn chế, nguyên nhân)', 'prose-assessment', prose.assessment, (v) => onChange({ ...prose, assessment: v }))}
      {field('III. Nhiệm vụ trọng tâm thời gian tới', 'prose-tasks', prose.tasks, (v) => onChange({ ...prose, tasks: v }))}
      {field('IV. Đề xuất, kiến nghị', 'prose-proposals', prose.proposals, (v) => onChange({ ...prose, proposals: v }))}
    </>
  );
}
