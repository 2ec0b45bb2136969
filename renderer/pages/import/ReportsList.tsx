import { Card, HTMLTable, Tag } from '@blueprintjs/core';
import { periodTitle } from '../../../shared/domain/periods';
import type { PlanBundle } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { useResult } from '../../api/use-result';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatDate, formatDateTime } from '../../format';
import { EmptyRow } from '../../components/EmptyRow';

/** Reports stored for the period, every version, the current one marked. */
export function ReportsList({ year, period, bundle, refreshKey }: { year: number; period: string; bundle: PlanBundle; refreshKey: number }) {
  const reports = useResult(() => api['reports.list']({ year, period }), [year, period, refreshKey]);
  const current = new Set((reports.data ?? []).filter((r) => r.isCurrent).map((r) => `${r.districtCode}-${r.unitType}`));
  return (
    <Card className="form-card">
      <h2>
        Báo cáo đã nhận – {periodTitle(period)} ({current.size}/{bundle.units.length} đơn vị)
      </h2>
      <ErrorCallout error={reports.error} />
      <HTMLTable compact striped className="data-table" aria-label="Báo cáo đã nhập">
        <thead>
          <tr>
            <th>Đơn vị</th>
            <th>Phiên bản</th>
            <th>Tệp</th>
            <th>Ngày nhận</th>
            <th>Nhập lúc</th>
          </tr>
        </thead>
        <tbody>
          {(reports.data ?? []).map((r) => (
            <tr key={r.id} className={r.isCurrent ? undefined : 'superseded'}>
              <td>{r.unitName}</td>
              <td>
                {r.version} {r.isCurrent ? <Tag minimal intent="success">hiện hành</Tag> : <Tag minimal>đã thay</Tag>}
              </td>
              <td className="file-name">{r.fileName}</td>
              <td>{formatDate(r.receivedDate)}</td>
              <td>
                {formatDateTime(r.importedAt)} <span className="muted">{r.importedBy}</span>
              </td>
            </tr>
          ))}
          {reports.data?.length === 0 ? (
            <EmptyRow columns={5}>Chưa nhận báo cáo nào của kỳ này.</EmptyRow>
          ) : null}
        </tbody>
      </HTMLTable>
    </Card>
  );
}
