import { HTMLSelect, HTMLTable, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import type { PlanBundle } from '../../../shared/domain/plan';
import { useQuery } from '../../api/use-query';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatNumber } from '../../format';

/**
 * The district's two reports side by side. Only a joint (cross-checked) indicator can be marked as
 * differing, as the main process judges it; the others are each unit's own activity.
 */
export function CompareView({ bundle, period }: { bundle: PlanBundle; period: string }) {
  const [district, setDistrict] = useState(bundle.districts[0]?.code ?? '');
  const cmp = useQuery('reconcile.compare', { period, districtCode: district });
  const rows = new Map((cmp.data?.rows ?? []).map((r) => [r.indicator, r]));
  const bdv = cmp.data?.units.find((u) => u.unitType === 'BDV');
  const qs = cmp.data?.units.find((u) => u.unitType === 'QS');
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? <span className="muted">—</span> : formatNumber(v));
  return (
    <>
      <div className="inline-controls filters">
        <HTMLSelect aria-label="Đơn vị so sánh" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
          {bundle.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} – {d.name}
            </option>
          ))}
        </HTMLSelect>
        <span className="muted">
          Ban Dân vận: {bdv?.reportId ? `phiên bản ${bdv.version}` : 'chưa gửi'} · Ban CHQS: {qs?.reportId ? `phiên bản ${qs.version}` : 'chưa gửi'}
        </span>
      </div>
      <ErrorCallout error={cmp.error} />
      <HTMLTable compact striped className="data-table compare" aria-label="So sánh hai báo cáo">
        <thead>
          <tr>
            <th rowSpan={2}>Chỉ tiêu</th>
            <th colSpan={2}>Ban Dân vận</th>
            <th colSpan={2}>Ban CHQS</th>
            <th rowSpan={2} />
          </tr>
          <tr>
            <th className="num">Trong kỳ</th>
            <th className="num">Lũy kế</th>
            <th className="num">Trong kỳ</th>
            <th className="num">Lũy kế</th>
          </tr>
        </thead>
        <tbody>
          {bundle.indicators.map((i) => {
            const a = bdv?.values[i.code];
            const b = qs?.values[i.code];
            const row = rows.get(i.code);
            const differs = row?.joint === true && row.differs;
            return (
              <tr key={i.code} className={differs ? 'reconcile-differs' : undefined}>
                <td>
                  <span className="code">{i.code}</span> {i.label}
                </td>
                <td className="num">{i.reportedBy === 'QS' ? '' : cell(a?.period)}</td>
                <td className="num">{i.reportedBy === 'QS' ? '' : cell(a?.ytd)}</td>
                <td className="num">{i.reportedBy === 'BDV' ? '' : cell(b?.period)}</td>
                <td className="num">{i.reportedBy === 'BDV' ? '' : cell(b?.ytd)}</td>
                <td>
                  {row?.joint ? <Tag minimal>chung</Tag> : null} {differs ? <Tag minimal intent="warning">có chênh lệch</Tag> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
    </>
  );
}
