import { Button, Callout, Card, HTMLSelect } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind, type DocumentProse, type PreviewBlock } from '../../../shared/domain/documents';
import { dateVi } from '../../../shared/dates';
import { periodName, periodTitle } from '../../../shared/domain/periods';
import type { SavedFiles } from '../../../shared/domain/app';
import type { Period, UnitType } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { DateField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { SavedFilesResult } from '../../components/SavedFilesResult';
import { PageHeader } from '../../components/PageHeader';
import { useSave } from '../../components/use-save';
import { ProseEditor } from './ProseEditor';
import { DocumentPreview } from './DocumentPreview';

const periodsFor = (kind: DocumentKind, periods: Period[]) =>
  periods.filter((p) => (kind === 'six-month' ? p.kind === 'H1' : kind === 'year' ? p.kind === 'Y' : kind === 'quarter' || kind === 'reminder' ? p.kind.startsWith('Q') : true));

const HAS_PROSE: DocumentKind[] = ['six-month', 'year', 'quarter'];

export function DocumentsPage() {
  const { year } = useAppState();
  const bundle = useQuery('plan.get', { year });
  const [kind, setKind] = useState<DocumentKind>('six-month');
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [body, setBody] = useState<UnitType>('BDV');
  // Null until the page knows the period: a past plan year has no default, the clerk must choose.
  const [chosenDate, setIssueDate] = useState<string | null>(null);
  const [prose, setProse] = useState<DocumentProse | null>(null);
  const [preview, setPreview] = useState<PreviewBlock[] | null>(null);
  const [saved, setSaved] = useState<SavedFiles | null>(null);
  const periods = bundle.data ? periodsFor(kind, bundle.data.periods) : [];
  const period = chosenPeriod && periods.some((p) => p.code === chosenPeriod) ? chosenPeriod : (periods[0]?.code ?? '');
  const draft = useQuery('documents.draft', { kind, period }, { enabled: !!period });
  useEffect(() => {
    setProse(draft.data?.prose ?? null);
    // The suggestion of the new period; for a past year the clerk's date stays while it fits the period.
    const dates = draft.data?.dates;
    if (dates) setIssueDate((chosen) => dates.suggested ?? (chosen !== null && chosen >= dates.earliest ? chosen : null));
    setPreview(null);
    setSaved(null);
  }, [draft.data]);
  const saveDraft = useSave();
  const previewing = useSave();
  const exporting = useSave();

  if (bundle.error) return <ErrorCallout error={bundle.error} />;
  if (!bundle.data) return <Loading />;
  const w = draft.data?.warnings;
  const dates = draft.data?.dates;
  const issueDate = chosenDate ?? '';
  const tooEarly = dates !== undefined && issueDate !== '' && issueDate < dates.earliest;
  const canBuild = issueDate !== '' && !tooEarly;
  const request = { kind, period, issueDate, body };
  const save = async (asDraft: boolean) => {
    const r = await exporting.run(() => api['documents.export']({ ...request, draft: asDraft || undefined }));
    setSaved(r?.path ? r : null);
  };

  return (
    <>
      <PageHeader title="Văn bản" subtitle="Lập văn bản Word đúng thể thức (Hướng dẫn 36-HD/VPTW) từ số liệu đã đối chiếu; sửa phần nhận định trước khi lưu." />
      <Card className="doc-controls">
        <div className="inline-controls">
          <HTMLSelect aria-label="Loại văn bản" value={kind} onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {DOCUMENT_KIND_LABELS[k]}
              </option>
            ))}
          </HTMLSelect>
          <HTMLSelect aria-label="Kỳ của văn bản" value={period} onChange={(e) => setPeriod(e.currentTarget.value)} options={periods.map((p) => ({ value: p.code, label: periodTitle(p.code) }))} />
          {kind === 'quarter' ? (
            <HTMLSelect aria-label="Cơ quan ban hành" value={body} onChange={(e) => setBody(e.currentTarget.value as UnitType)}>
              <option value="BDV">Ban Dân vận Tỉnh ủy</option>
              <option value="QS">Bộ Chỉ huy Quân sự tỉnh</option>
            </HTMLSelect>
          ) : null}
          <DateField label="Ngày ban hành" value={chosenDate} allowEmpty onChange={(v) => setIssueDate(v || null)} />
        </div>
        {dates && issueDate === '' ? (
          <Callout intent="primary" className="spaced" role="note">
            Kế hoạch năm {year} đã qua: hãy chọn ngày ban hành văn bản (từ ngày {dateVi(dates.earliest)} trở đi). Văn bản nói theo ngày đó: báo cáo nhận sau ngày này được coi là chưa gửi.
          </Callout>
        ) : null}
        {dates && tooEarly ? (
          <Callout intent="danger" className="spaced" role="alert">
            Ngày ban hành {dateVi(issueDate)} ở trước ngày cuối kỳ số liệu {periodName(period)} ({dateVi(dates.earliest)}): hãy chọn ngày từ {dateVi(dates.earliest)} trở đi.
          </Callout>
        ) : null}
      </Card>
      {w && (w.openFindings > 0 || w.missingUnits.length > 0 || !w.locked) ? (
        <Callout intent="warning" className="spaced" title="Lưu ý trước khi ban hành" role="status">
          {w.openFindings > 0 ? <p>Còn {w.openFindings} điểm chênh lệch chưa xử lý trong {periodName(period)} (trang Đối chiếu).</p> : null}
          {w.missingUnits.length > 0 ? (
            <p>
              {w.missingUnits.length} đơn vị chưa gửi báo cáo, văn bản sẽ ghi rõ: {w.missingUnits.join('; ')}.
            </p>
          ) : null}
          {!w.locked ? <p>Số liệu của kỳ chưa chốt: số liệu còn có thể thay đổi.</p> : null}
          {kind !== 'reminder' ? <p>Văn bản chính thức chỉ lưu được khi kỳ (và các quý trong kỳ) đã xử lý hết điểm chênh lệch và chốt số liệu; trước đó hãy dùng "Xuất bản dự thảo".</p> : null}
        </Callout>
      ) : null}
      <ErrorCallout error={draft.error} />
      {HAS_PROSE.includes(kind) && prose ? (
        <ProseEditor
          areas={bundle.data.areas}
          prose={prose}
          onChange={setProse}
          savedAt={draft.data?.savedAt ?? null}
          saving={saveDraft.saving}
          error={saveDraft.error}
          onSave={async () => {
            await saveDraft.run(() => api['documents.saveDraft']({ kind, period, prose }));
          }}
        />
      ) : null}
      <div className="inline-controls spaced">
        <Button icon="eye-open" disabled={!canBuild} loading={previewing.saving} onClick={async () => setPreview(await previewing.run(() => api['documents.preview'](request)))}>
          Xem trước
        </Button>
        <Button intent="primary" icon="floppy-disk" disabled={!canBuild} loading={exporting.saving} onClick={() => save(false)}>
          Lưu văn bản…
        </Button>
        {kind !== 'reminder' ? (
          // unsettled: the final document was refused until the period is settled; the draft is the way on.
          <Button icon="document" intent={exporting.error?.code === 'unsettled' ? 'primary' : 'none'} disabled={!canBuild} loading={exporting.saving} onClick={() => save(true)} title='Ghi "DỰ THẢO" trên mọi trang và trong tên tệp, kèm danh sách điểm chênh lệch chưa xử lý'>
            Xuất bản dự thảo
          </Button>
        ) : null}
      </div>
      {saved ? <SavedFilesResult saved={saved} /> : null}
      <ErrorCallout error={previewing.error ?? exporting.error} />
      {preview ? <DocumentPreview blocks={preview} /> : null}
    </>
  );
}
