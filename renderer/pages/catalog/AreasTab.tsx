import { Button, ControlGroup, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import type { ContentArea, PlanBundle } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useSave } from '../../components/use-save';

export function AreasTab({ bundle }: { bundle: PlanBundle }) {
  return (
    <div className="areas">
      <p className="muted">Sáu nội dung phối hợp của kế hoạch (mục II). Chỉ tiêu được nhóm theo các nội dung này trên mẫu báo cáo và trong văn bản.</p>
      {bundle.areas.map((a) => (
        <AreaRow key={a.no} year={bundle.plan.year} area={a} count={bundle.indicators.filter((i) => i.area === a.no).length} />
      ))}
    </div>
  );
}

function AreaRow({ year, area, count }: { year: number; area: ContentArea; count: number }) {
  const [title, setTitle] = useState(area.title);
  const save = useSave();
  return (
    <div className="catalog-area-row">
      <span className="catalog-area-no">{area.no}</span>
      <ControlGroup fill>
        <InputGroup fill value={title} aria-label={`Tên nội dung ${area.no}`} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Button
          icon="floppy-disk"
          disabled={title === area.title}
          loading={save.saving}
          onClick={() => void save.run(() => api['plan.saveArea']({ year, area: { no: area.no, title } }))}
        >
          Lưu
        </Button>
      </ControlGroup>
      <span className="muted">{count} chỉ tiêu</span>
      <ErrorCallout error={save.error} />
    </div>
  );
}
