import { Card, HTMLTable, Tag } from '@blueprintjs/core';
import { periodTitle } from '../../../shared/domain/periods';
import { RULE_TITLES, RULES, type CompletenessRow } from '../../../shared/domain/reconcile';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PeriodSelect, usePeriod } from '../../components/PeriodSelect';
import { districtTitle, formatDate } from '../../format';
import { RuleHelp } from '../../components/RuleHelp';
import { FirstSteps } from './FirstSteps';
import { AreaTotals } from './AreaTotals';
import { OverviewCharts } from './OverviewCharts';

function StatusCell({ row }: { row: CompletenessRow | undefined }) {
  if (!row) return <td />;
  if (row.status === 'on_time') return <td className="st-on-time">Đúng hạn</td>;
  if (row.status === 'late') return <td className="st-late">Muộn {row.daysLate} ngày</td>;
  return <td className="st-missing">Chưa gửi</td>;
}

export function OverviewPage() {
  const { year, info } = useAppState();
  const bundle = useQuery('plan.get', { year });
  const [period, setChosen] = usePeriod(bundle.data?.periods);
  const rec = useQuery('reconcile.run', { period }, { enabled: !!period });
  const figures = useQuery('figures.get', { period }, { enabled: !!period });
  if (bundle.error) return <ErrorCallout error={bundle.error} />;
  if (!bundle.data) return <Loading />;
  const view = rec.data;
  const rows = view?.completeness ?? [];
  const counts = { on_time: rows.filter((r) => r.status === 'on_time').length, late: rows.filter((r) => r.status === 'late').length, missing: rows.filter((r) => r.status === 'missing').length };
  const open = (view?.findings ?? []).filter((f) => f.status === 'open' && f.severity !== 'info');
  return (
    <>
      <PageHeader title="Tổng quan" subtitle={`Kế hoạch phối hợp năm ${year}`} actions={<PeriodSelect periods={bundle.data.periods} value={period} onChange={setChosen} />} />
      <ErrorCallout error={rec.error ?? figures.error} />
      {info.reportCount === 0 ? <FirstSteps /> : null}
      <div className="overview-grid">
        <Card className="form-card">
          <h2>
            Tình hình gửi báo cáo – {periodTitle(period)} {view ? <span className="muted small">(hạn gửi {formatDate(view.dueDate)})</span> : null}
          </h2>
          <p>
            <Tag intent="success">{counts.on_time} đúng hạn</Tag> <Tag intent="warning">{counts.late} muộn</Tag> <Tag intent="danger">{counts.missing} chưa gửi</Tag>
          </p>
          <HTMLTable compact className="data-table overview-matrix" aria-label="Tình hình gửi báo cáo">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th>Ban Dân vận</th>
                <th>Ban CHQS</th>
              </tr>
            </thead>
            <tbody>
              {bundle.data.districts.map((d) => (
                <tr key={d.code}>
                  <td>
                    {districtTitle(d)}
                  </td>
                  <StatusCell row={rows.find((r) => r.districtCode === d.code && r.unitType === 'BDV')} />
                  <StatusCell row={rows.find((r) => r.districtCode === d.code && r.unitType === 'QS')} />
                </tr>
              ))}
            </tbody>
          </HTMLTable>
        </Card>
        <Card className="form-card">
          <h2>Điểm chênh lệch chưa xử lý ({open.length})</h2>
          <HTMLTable compact className="data-table" aria-label="Điểm chênh lệch theo quy tắc">
            <tbody>
              {RULES.map((r) => {
                const n = open.filter((f) => f.rule === r).length;
                return (
                  <tr key={r} className={n ? undefined : 'muted'}>
                    <td>{r}</td>
                    <td>
                      {RULE_TITLES[r]} <RuleHelp rule={r} />
                    </td>
                    <td className="num">{n}</td>
                  </tr>
                );
              })}
            </tbody>
          </HTMLTable>
          <p className="muted small">Xử lý tại trang Đối chiếu.</p>
        </Card>
      </div>
      {period ? <OverviewCharts bundle={bundle.data} period={period} view={view} figures={figures.data} /> : null}
      {figures.data ? <AreaTotals bundle={bundle.data} figures={figures.data} /> : null}
    </>
  );
}
