import { Button, HTMLTable } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { periodTitle } from '../../../shared/domain/periods';
import type { Period, PlanBundle } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { ErrorCallout } from '../../components/ErrorCallout';
import { DateField } from '../../components/fields';
import { useSave } from '../../components/use-save';

export function PeriodsTab({ bundle }: { bundle: PlanBundle }) {
  return (
    <>
      <p className="muted">
        Kỳ số liệu mặc định theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ). Nếu cơ quan dùng quý theo lịch, sửa các ngày dưới đây. Hạn gửi là
        mốc tính báo cáo đúng hạn hay muộn, không được trước ngày cuối kỳ. Các quý nối tiếp nhau, không trùng ngày; kỳ 6 tháng và cả năm tự theo ngày của các quý
        (khi đổi quý làm kỳ 6 tháng hoặc cả năm kết thúc muộn hơn, hãy lùi hạn gửi của kỳ đó trước).
      </p>
      <HTMLTable compact className="data-table catalog-periods" aria-label="Kỳ báo cáo">
        <thead>
          <tr>
            <th>Kỳ</th>
            <th>Từ ngày</th>
            <th>Đến ngày</th>
            <th>Hạn gửi báo cáo</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {bundle.periods.map((p) => (
            <PeriodRow key={p.code} period={p} />
          ))}
        </tbody>
      </HTMLTable>
    </>
  );
}

function PeriodRow({ period }: { period: Period }) {
  const [p, setP] = useState(period);
  // Saving a quarter can move the six months and the year: show what was stored.
  useEffect(() => setP(period), [period]);
  const save = useSave();
  const followsQuarters = p.kind === 'H1' || p.kind === 'Y';
  const changed = JSON.stringify(p) !== JSON.stringify(period);
  return (
    <tr>
      <td>
        <strong>{periodTitle(p.code)}</strong>
        <ErrorCallout error={save.error} />
      </td>
      <td>
        <DateField label="Từ ngày" value={p.windowStart} disabled={followsQuarters} onChange={(v) => v && setP({ ...p, windowStart: v })} />
      </td>
      <td>
        <DateField label="Đến ngày" value={p.windowEnd} disabled={followsQuarters} onChange={(v) => v && setP({ ...p, windowEnd: v })} />
      </td>
      <td>
        <DateField label="Hạn gửi báo cáo" value={p.dueDate} onChange={(v) => v && setP({ ...p, dueDate: v })} />
      </td>
      <td>
        <Button icon="floppy-disk" disabled={!changed} loading={save.saving} onClick={() => void save.run(() => api['plan.savePeriod']({ period: p }))}>
          Lưu
        </Button>
      </td>
    </tr>
  );
}
