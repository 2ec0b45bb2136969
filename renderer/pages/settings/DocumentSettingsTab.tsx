import { Button } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import type { Agency, DocumentFormat, DocumentFormats, DocumentSettings, NumberPatterns, PageFormat, Signatory } from '../../../shared/domain/document-settings';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { NumberField, SelectField, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { useSave } from '../../components/use-save';
import { FormSection, SectionIndex } from './FormSection';

/** The parts of the form in the order they stand, for the index above it. */
const SECTIONS = [
  { id: 'vb-co-quan-1', title: 'Cơ quan thứ nhất (bên trái, trên)' },
  { id: 'vb-co-quan-2', title: 'Cơ quan thứ hai (bên trái, dưới)' },
  { id: 'vb-ky-bdv', title: 'Người ký – Ban Dân vận' },
  { id: 'vb-ky-qs', title: 'Người ký – Bộ Chỉ huy Quân sự' },
  { id: 'vb-tieu-de', title: 'Tiêu đề và địa danh' },
  { id: 'vb-noi-nhan', title: 'Nơi nhận' },
  { id: 'vb-the-thuc', title: 'Thể thức báo cáo quý' },
  { id: 'vb-trang', title: 'Thể thức trang (Hướng dẫn 36-HD/VPTW)' },
  { id: 'vb-noi-dung', title: 'Nội dung báo cáo' },
] as const;
const section = (id: (typeof SECTIONS)[number]['id']) => SECTIONS.find((x) => x.id === id)!;

export function DocumentSettingsTab() {
  const { year } = useAppState();
  const loaded = useQuery('settings.getDocument', { year });
  const [s, setS] = useState<DocumentSettings | null>(null);
  useEffect(() => setS(loaded.data), [loaded.data]);
  const save = useSave();
  if (loaded.error) return <ErrorCallout error={loaded.error} />;
  if (!s) return <Loading />;
  const set = <K extends keyof DocumentSettings>(k: K) => (v: DocumentSettings[K]) => setS({ ...s, [k]: v });
  return (
    <div className="settings-doc">
      <p className="muted">Các văn bản (báo cáo sơ kết, tổng kết, phụ lục, công văn) lấy tên cơ quan, người ký, số hiệu, nơi nhận và thể thức từ đây. Áp dụng cho kế hoạch năm {year}.</p>
      <SectionIndex label="Các phần của thiết lập văn bản" sections={[...SECTIONS]} />
      <div className="tab-grid">
        <AgencyCard {...section('vb-co-quan-1')} value={s.bdv} onChange={set('bdv')} />
        <AgencyCard {...section('vb-co-quan-2')} value={s.qs} onChange={set('qs')} />
        <SignerCard {...section('vb-ky-bdv')} value={s.signerBdv} onChange={set('signerBdv')} />
        <SignerCard {...section('vb-ky-qs')} value={s.signerQs} onChange={set('signerQs')} />
        <FormSection {...section('vb-tieu-de')}>
          <TextField label="Dòng tiêu đề bên phải (văn bản của Đảng, văn bản chung)" value={s.partyLine} onChange={set('partyLine')} />
          <TextField label="Quốc hiệu (văn bản riêng của Bộ CHQS tỉnh)" value={s.stateLine} onChange={set('stateLine')} />
          <TextField label="Tiêu ngữ" value={s.stateMotto} onChange={set('stateMotto')} />
          <TextField label="Địa danh ghi ngày tháng" value={s.place} onChange={set('place')} help="In thành: Quảng Ngãi, ngày … tháng … năm …" />
          <NumbersFields value={s.numbers} onChange={set('numbers')} />
        </FormSection>
        <FormSection {...section('vb-noi-nhan')}>
          <RecipientsField label="Mỗi dòng một nơi nhận" value={s.recipients} onChange={set('recipients')} />
          <RecipientsField label="Nơi nhận báo cáo quý – Ban Dân vận" value={s.recipientsQuarterBdv} onChange={set('recipientsQuarterBdv')} />
          <RecipientsField label="Nơi nhận báo cáo quý – Bộ CHQS tỉnh" value={s.recipientsQuarterQs} onChange={set('recipientsQuarterQs')} />
          <p className="muted small">Văn bản không gửi lại cho chính cơ quan ban hành: dòng ghi tên cơ quan đó được bỏ qua khi lập văn bản.</p>
        </FormSection>
        <FormatsCard value={s.formats} onChange={set('formats')} />
        <PageCard value={s.page} onChange={set('page')} />
        <FormSection {...section('vb-noi-dung')}>
          <NumberField
            label="Số kết quả nổi bật được chọn sẵn cho mỗi nội dung"
            value={s.highlightsPerArea}
            onChange={set('highlightsPerArea')}
            help="Từ 1 đến 20. Các kết quả khác vẫn hiện trong trang Văn bản để chọn thêm; áp dụng cho văn bản chưa lưu nội dung."
          />
        </FormSection>
      </div>
      <ErrorCallout error={save.error} />
      <div className="sticky-actions">
        <Button
          intent="primary"
          icon="floppy-disk"
          loading={save.saving}
          onClick={async () => {
            const tidy = (list: string[]) => list.map((r) => r.trim()).filter(Boolean);
            const clean = { ...s, recipients: tidy(s.recipients), recipientsQuarterBdv: tidy(s.recipientsQuarterBdv), recipientsQuarterQs: tidy(s.recipientsQuarterQs) };
            const saved = await save.run(() => api['settings.saveDocument']({ year, settings: clean }));
            if (saved) setS(saved);
          }}
        >
          Lưu thiết lập văn bản
        </Button>
        {save.savedAt && !save.error ? <span className="saved-note">Đã lưu.</span> : null}
      </div>
    </div>
  );
}

function AgencyCard({ id, title, value, onChange }: { id: string; title: string; value: Agency; onChange(v: Agency): void }) {
  return (
    <FormSection id={id} title={title}>
      <TextField label="Cơ quan cấp trên (dòng trên)" value={value.parent} onChange={(parent) => onChange({ ...value, parent })} />
      <TextField label="Tên cơ quan (dòng dưới)" value={value.name} onChange={(name) => onChange({ ...value, name })} />
      <TextField label="Ký hiệu viết tắt" value={value.symbol} onChange={(symbol) => onChange({ ...value, symbol })} />
      <TextField
        label="Cơ quan cấp trên – thể thức Nhà nước"
        value={value.stateParent}
        onChange={(stateParent) => onChange({ ...value, stateParent })}
        help="Văn bản riêng theo Nghị định 30/2020, ví dụ QUÂN KHU 5; để trống thì dùng dòng trên."
      />
      <TextField
        label="Tên cơ quan – thể thức Nhà nước"
        value={value.stateName}
        onChange={(stateName) => onChange({ ...value, stateName })}
        help="Ví dụ BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI; để trống thì dùng tên cơ quan."
      />
    </FormSection>
  );
}

function RecipientsField({ label, value, onChange }: { label: string; value: string[]; onChange(v: string[]): void }) {
  return <TextField label={label} multiline value={value.join('\n')} onChange={(v) => onChange(v.split('\n').map((x) => x.replace(/^[-–]\s*/, '')))} />;
}

const FORMAT_OPTIONS: { value: DocumentFormat; label: string }[] = [
  { value: 'party', label: 'Thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)' },
  { value: 'state', label: 'Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)' },
];

function FormatsCard({ value, onChange }: { value: DocumentFormats; onChange(v: DocumentFormats): void }) {
  return (
    <FormSection {...section('vb-the-thuc')}>
      <SelectField label="Thể thức báo cáo quý – Ban Dân vận" value={value.quarterBdv} options={FORMAT_OPTIONS} onChange={(quarterBdv) => onChange({ ...value, quarterBdv })} />
      <SelectField label="Thể thức báo cáo quý – Bộ CHQS tỉnh" value={value.quarterQs} options={FORMAT_OPTIONS} onChange={(quarterQs) => onChange({ ...value, quarterQs })} />
      <p className="muted small">Báo cáo chung của hai cơ quan, phụ lục và công văn đôn đốc luôn theo thể thức văn bản của Đảng.</p>
    </FormSection>
  );
}

function SignerCard({ id, title, value, onChange }: { id: string; title: string; value: Signatory; onChange(v: Signatory): void }) {
  return (
    <FormSection id={id} title={title}>
      <TextField
        label="Thẩm quyền ký (T/M …)"
        value={value.onBehalf}
        onChange={(onBehalf) => onChange({ ...value, onBehalf })}
        help="Văn bản của Đảng in T/M, K/T; văn bản theo Nghị định 30/2020 in TM., KT."
      />
      <TextField label="Chức vụ" value={value.title} onChange={(t) => onChange({ ...value, title: t })} />
      <div className="form-row">
        <TextField label="Cấp bậc" value={value.rank} onChange={(rank) => onChange({ ...value, rank })} />
        <TextField label="Họ và tên" value={value.name} onChange={(name) => onChange({ ...value, name })} />
      </div>
    </FormSection>
  );
}

function NumbersFields({ value, onChange }: { value: NumberPatterns; onChange(v: NumberPatterns): void }) {
  const f = (k: keyof NumberPatterns, label: string) => <TextField label={label} value={value[k]} onChange={(v) => onChange({ ...value, [k]: v })} />;
  return (
    <>
      {f('joint', 'Số hiệu báo cáo chung')}
      {f('quarterBdv', 'Số hiệu báo cáo quý – Ban Dân vận')}
      {f('quarterQs', 'Số hiệu báo cáo quý – Bộ CHQS')}
      {f('reminder', 'Số hiệu công văn đôn đốc')}
      <p className="muted small">{'{so}'} là chỗ để trống ghi số khi ban hành.</p>
    </>
  );
}

function PageCard({ value, onChange }: { value: PageFormat; onChange(v: PageFormat): void }) {
  const n = (k: keyof PageFormat, label: string) =>
    k === 'fontFamily' ? null : <NumberField label={label} value={value[k] as number} onChange={(v) => onChange({ ...value, [k]: v })} />;
  return (
    <FormSection {...section('vb-trang')}>
      <TextField label="Phông chữ" value={value.fontFamily} onChange={(fontFamily) => onChange({ ...value, fontFamily })} />
      <div className="form-row">
        {n('marginTopMm', 'Lề trên (mm)')}
        {n('marginBottomMm', 'Lề dưới (mm)')}
        {n('marginLeftMm', 'Lề trái (mm)')}
        {n('marginRightMm', 'Lề phải (mm)')}
      </div>
      <div className="form-row">
        {n('bodySizePt', 'Cỡ chữ nội dung')}
        {n('partyLineSizePt', 'Cỡ dòng tiêu đề')}
        {n('agencySizePt', 'Cỡ tên cơ quan')}
      </div>
      <div className="form-row">
        {n('docTypeSizePt', 'Cỡ tên loại văn bản')}
        {n('subjectSizePt', 'Cỡ trích yếu')}
      </div>
    </FormSection>
  );
}
