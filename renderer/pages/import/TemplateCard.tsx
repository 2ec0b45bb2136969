import { Button, Card, HTMLSelect } from '@blueprintjs/core';
import { useState } from 'react';
import { periodName } from '../../../shared/domain/periods';
import type { SavedFiles } from '../../../shared/domain/app';
import type { PlanBundle } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { ErrorCallout } from '../../components/ErrorCallout';
import { SavedFilesResult } from '../../components/SavedFilesResult';
import { useSave } from '../../components/use-save';

/** Blank forms to send to the districts: one unit, or all 26 into a folder. */
export function TemplateCard({ bundle, period }: { bundle: PlanBundle; period: string }) {
  const [unit, setUnit] = useState('all');
  const save = useSave();
  const [done, setDone] = useState<SavedFiles | null>(null);
  return (
    <Card className="form-card">
      <h2>Mẫu báo cáo gửi các đơn vị</h2>
      <p className="muted">
        Mẫu Excel {periodName(period)} cho từng đơn vị: đã ghi sẵn tên đơn vị, kỳ báo cáo và danh mục chỉ tiêu; có mã nhận dạng ẩn để khi nhập lại không phải đoán.
      </p>
      <div className="inline-controls">
        <HTMLSelect
          aria-label="Đơn vị nhận mẫu"
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value)}
          options={[{ value: 'all', label: `Tất cả ${bundle.units.length} đơn vị` }, ...bundle.units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <Button
          icon="download"
          loading={save.saving}
          onClick={async () => {
            setDone(null);
            const r = await save.run(() => api['template.save']({ period, unit }));
            if (r?.path) setDone(r);
          }}
        >
          Tạo mẫu báo cáo
        </Button>
      </div>
      <ErrorCallout error={save.error} />
      {done ? <SavedFilesResult saved={done} noun="mẫu báo cáo" /> : null}
    </Card>
  );
}
