import { Button, Callout, Card, Checkbox, ControlGroup, FormGroup, InputGroup } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import type { PlanBundle, PlanInfo } from '../../../shared/domain/plan';
import type { CopyPreview } from '../../../shared/domain/year-rename';
import { api } from '../../api/client';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { DateField, NumberField, TextField } from '../../components/fields';
import { useSave } from '../../components/use-save';

export function PlanTab({ bundle }: { bundle: PlanBundle }) {
  const [plan, setPlan] = useState<PlanInfo>(bundle.plan);
  useEffect(() => setPlan(bundle.plan), [bundle.plan]);
  const save = useSave();
  const set = <K extends keyof PlanInfo>(k: K) => (v: PlanInfo[K]) => setPlan((p) => ({ ...p, [k]: v }));
  return (
    <div className="tab-grid">
      <Card className="form-card">
        <h2>Thông tin kế hoạch</h2>
        <TextField label="Tên kế hoạch" value={plan.title} onChange={set('title')} />
        <div className="form-row">
          <TextField label="Số, ký hiệu" value={plan.number} onChange={set('number')} help="Ví dụ 05-KH/BDVTU-BCHQS" />
          <DateField label="Ngày ban hành" value={plan.issuedDate} onChange={set('issuedDate')} allowEmpty />
        </div>
        <div className="form-row">
          <DateField label="Bắt đầu" value={plan.startDate} onChange={(v) => v && set('startDate')(v)} />
          <DateField label="Kết thúc" value={plan.endDate} onChange={(v) => v && set('endDate')(v)} />
        </div>
        <TextField label="Cơ quan phối hợp thứ nhất" value={plan.bodyBdv} onChange={set('bodyBdv')} />
        <TextField label="Cơ quan phối hợp thứ hai" value={plan.bodyQs} onChange={set('bodyQs')} />
        <NumberField label="Phiên bản mẫu báo cáo" value={plan.formVersion} onChange={set('formVersion')} help="Tăng khi đổi danh mục chỉ tiêu giữa năm." />
        <ErrorCallout error={save.error} />
        <Button intent="primary" icon="floppy-disk" loading={save.saving} onClick={() => void save.run(() => api['plan.saveInfo']({ plan }))}>
          Lưu thông tin kế hoạch
        </Button>
        {save.savedAt && !save.error ? <span className="saved-note">Đã lưu.</span> : null}
      </Card>
      <CopyPlanCard fromYear={bundle.plan.year} />
    </div>
  );
}

function CopyPlanCard({ fromYear }: { fromYear: number }) {
  const { plans, setYear } = useAppState();
  const [toYear, setToYear] = useState(String(Math.max(...plans.map((p) => p.year)) + 1));
  const [renameYear, setRenameYear] = useState(true);
  const preview = useCopyPreview(fromYear, toYear);
  const save = useSave();
  return (
    <Card className="form-card">
      <h2>Kế hoạch năm mới</h2>
      <p>
        Sao chép toàn bộ danh mục của kế hoạch năm {fromYear} (nội dung, chỉ tiêu, đơn vị, kỳ báo cáo, thiết lập văn bản) sang năm mới, dời các
        ngày sang năm mới; sau đó sửa những gì thay đổi.
      </p>
      <FormGroup label="Sao chép sang năm" labelFor="copy-year">
        <ControlGroup>
          <InputGroup id="copy-year" value={toYear} onChange={(e) => setToYear(e.currentTarget.value)} inputMode="numeric" />
          <Button
            icon="duplicate"
            loading={save.saving}
            onClick={async () => {
              const done = await save.run(() => api['plan.copy']({ fromYear, toYear: Number(toYear), renameYear: renameYear && (preview?.renames.length ?? 0) > 0 }));
              if (done) setYear(done.plan.year);
            }}
          >
            Sao chép
          </Button>
        </ControlGroup>
      </FormGroup>
      {preview ? <CopyPreviewList preview={preview} renameYear={renameYear} onRenameYear={setRenameYear} /> : null}
      <ErrorCallout error={save.error} />
      {save.savedAt && !save.error ? <Callout intent="success">Đã tạo kế hoạch năm {toYear}.</Callout> : null}
    </Card>
  );
}

/** The preview of a copy to a valid year with no plan yet; null otherwise (the copy itself says why). */
function useCopyPreview(fromYear: number, toYear: string): CopyPreview | null {
  const [preview, setPreview] = useState<CopyPreview | null>(null);
  useEffect(() => {
    let live = true;
    setPreview(null);
    if (/^\d{4}$/.test(toYear)) {
      void api['plan.copyPreview']({ fromYear, toYear: Number(toYear) }).then((r) => live && r.ok && setPreview(r.value));
    }
    return () => {
      live = false;
    };
  }, [fromYear, toYear]);
  return preview;
}

function CopyPreviewList({ preview, renameYear, onRenameYear }: { preview: CopyPreview; renameYear: boolean; onRenameYear(v: boolean): void }) {
  const { fromYear, toYear } = preview;
  return (
    <div className="copy-preview" aria-label="Những tên sẽ đổi năm">
      <p className="small">
        Tên kế hoạch mới: <strong>{preview.planTitle.after}</strong>
      </p>
      {preview.renames.length === 0 ? (
        <p className="muted small">Không nội dung, chỉ tiêu nào ghi năm {fromYear}.</p>
      ) : (
        <>
          <Checkbox
            checked={renameYear}
            onChange={(e) => onRenameYear(e.currentTarget.checked)}
            label={`Đổi năm ${fromYear} thành ${toYear} trong ${preview.renames.length} tên nội dung, chỉ tiêu dưới đây`}
          />
          <ul className="small">
            {preview.renames.map((r) => (
              <li key={`${r.what}/${r.key}`}>
                {r.what === 'area' ? `Nội dung ${r.key}` : r.key}: {renameYear ? r.after : r.before}
              </li>
            ))}
          </ul>
          <p className="muted small">Năm trong nhiệm kỳ, giai đoạn (như "2021 - 2026") và trong ngày tháng được giữ nguyên.</p>
        </>
      )}
    </div>
  );
}
