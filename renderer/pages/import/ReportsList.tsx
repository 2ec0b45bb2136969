import { Card, Tag } from '@blueprintjs/core';
import { periodTitle } from '../../../shared/domain/periods';
import type { PlanBundle } from '../../../shared/domain/plan';
import { useQuery } from '../../api/use-query';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatDate, formatDateTime } from '../../format';
import { DataTable, type DataColumn } from '../../components/DataTable';
import type { ReportSummary } from '../../../shared/domain/import';

const COLUMNS: DataColumn<ReportSummary>[] = [
  { id: 'unit', header: 'Đơn vị', value: (r) => r.unitName, cell: (r) => r.unitName },
  {
    id: 'version',
    header: 'Phiên bản',
    kind: 'number',
    value: (r) => r.version,
    search: (r) => `${r.version} ${r.isCurrent ? 'hiện hành' : 'đã thay'}`,
    cell: (r) => (
      <>
        {r.version} {r.isCurrent ? <Tag minimal intent="success">hiện hành</Tag> : <Tag minimal>đã thay</Tag>}
      </>
    ),
  },
  { id: 'file', header: 'Tệp', className: 'import-file-name', value: (r) => r.fileName, cell: (r) => r.fileName },
  { id: 'received', header: 'Ngày nhận', kind: 'date', value: (r) => r.receivedDate, search: (r) => formatDate(r.receivedDate), cell: (r) => formatDate(r.receivedDate) },
  {
    id: 'imported',
    header: 'Nhập lúc',
    kind: 'date',
    value: (r) => r.importedAt,
    search: (r) => `${formatDateTime(r.importedAt)} ${r.importedBy}`,
    cell: (r) => (
      <>
        {formatDateTime(r.importedAt)} <span className="muted">{r.importedBy}</span>
      </>
    ),
  },
];

/** Reports stored for the period, every version, the current one marked. */
export function ReportsList({ year, period, bundle }: { year: number; period: string; bundle: PlanBundle }) {
  const reports = useQuery('reports.list', { year, period });
  const current = new Set((reports.data ?? []).filter((r) => r.isCurrent).map((r) => `${r.districtCode}-${r.unitType}`));
  return (
    <Card className="form-card">
      <h2>
        Báo cáo đã nhận – {periodTitle(period)} ({current.size}/{bundle.units.length} đơn vị)
      </h2>
      <ErrorCallout error={reports.error} />
      <DataTable
        rows={reports.data ?? []}
        columns={COLUMNS}
        rowKey={(r) => String(r.id)}
        rowClassName={(r) => (r.isCurrent ? undefined : 'import-superseded')}
        label="Báo cáo đã nhập"
        searchPlaceholder="Tìm đơn vị, tệp…"
        empty={reports.data ? 'Chưa nhận báo cáo nào của kỳ này.' : ''}
      />
    </Card>
  );
}
