import { Button, Card, Callout, FormGroup, HTMLSelect } from '@blueprintjs/core';
import { useState } from 'react';
import type { SavedFiles } from '../../../../shared/domain/app';
import { periodTitle } from '../../../../shared/domain/periods';
import type { Period } from '../../../../shared/domain/plan';
import { api } from '../../../api/client';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { SavedFilesResult } from '../../../components/SavedFilesResult';
import { useSave } from '../../../components/use-save';

/** One file for the other section: the year's reports, settlements, locks, drafts and plan, or one period's. */
export function ExportCard({ year, periods, hasSection }: { year: number; periods: Period[]; hasSection: boolean }) {
  const save = useSave();
  const [period, setPeriod] = useState('');
  const [saved, setSaved] = useState<SavedFiles | null>(null);
  return (
    <Card className="form-card" role="region" aria-labelledby="exchange-export-title">
      <h2 id="exchange-export-title">Xuất gói</h2>
      <p>Một tệp “.pdvtd” gửi cho phòng kia (qua USB hoặc thư điện tử): các báo cáo đã nhận, cách xử lý các điểm chênh lệch, các kỳ đã chốt, bản thảo văn bản và kế hoạch năm.</p>
      <FormGroup label="Phạm vi" labelFor="exchange-export-period" inline>
        <HTMLSelect
          id="exchange-export-period"
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          options={[{ value: '', label: `Cả năm ${year}` }, ...periods.map((p) => ({ value: p.code, label: periodTitle(p.code) }))]}
        />
      </FormGroup>
      {!hasSection ? (
        <Callout intent="warning" icon="info-sign">
          Hãy chọn máy này thuộc phòng nào (ở trên) trước khi xuất gói.
        </Callout>
      ) : null}
      <Button
        icon="export"
        intent="primary"
        className="spaced"
        disabled={!hasSection}
        loading={save.saving}
        onClick={async () => {
          setSaved(null);
          const r = await save.run(() => api['exchange.export'](period ? { year, period } : { year }));
          if (r) setSaved(r);
        }}
      >
        Xuất gói
      </Button>
      <ErrorCallout error={save.error} />
      {saved ? <SavedFilesResult saved={saved} /> : null}
    </Card>
  );
}
