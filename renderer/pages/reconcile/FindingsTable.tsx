import { RuleHelp } from '../../components/RuleHelp';
import { Button, HTMLSelect, HTMLTable, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import { FINDING_STATUS_LABELS, RULE_TITLES, RULES, type FindingView } from '../../../shared/domain/reconcile';
import type { PlanBundle } from '../../../shared/domain/plan';
import { formatNumber } from '../../format';
import { indicatorLabel, unitLabel } from './names';
import { EmptyRow } from '../../components/EmptyRow';

const STATUS_INTENT = { open: 'warning', accepted: 'success', corrected: 'primary', explained: 'success' } as const;

function valuesText(values: FindingView['values']): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? formatNumber(v) : (v ?? '—')}`)
    .join('; ');
}

export function FindingsTable({ bundle, findings, locked, onSettle }: { bundle: PlanBundle; findings: FindingView[]; locked: boolean; onSettle(f: FindingView): void }) {
  const [rule, setRule] = useState('');
  const [district, setDistrict] = useState('');
  const [area, setArea] = useState('');
  const [status, setStatus] = useState('');
  const areaOf = (code: string | null) => bundle.indicators.find((i) => i.code === code)?.area;
  const shown = findings.filter(
    (f) =>
      (!rule || f.rule === rule) &&
      (!district || f.districtCode === district) &&
      (!area || String(areaOf(f.indicator)) === area) &&
      (!status || (status === 'open' ? f.status === 'open' && f.severity !== 'info' : f.status === status)),
  );
  return (
    <>
      <div className="inline-controls filters">
        <HTMLSelect aria-label="Lọc theo quy tắc" value={rule} onChange={(e) => setRule(e.currentTarget.value)}>
          <option value="">Mọi quy tắc</option>
          {RULES.map((r) => (
            <option key={r} value={r}>
              {r} – {RULE_TITLES[r]} ({findings.filter((f) => f.rule === r).length})
            </option>
          ))}
        </HTMLSelect>
        <HTMLSelect aria-label="Lọc theo đơn vị" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
          <option value="">Mọi đơn vị</option>
          {bundle.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </HTMLSelect>
        <HTMLSelect aria-label="Lọc theo nội dung" value={area} onChange={(e) => setArea(e.currentTarget.value)}>
          <option value="">Mọi nội dung</option>
          {bundle.areas.map((a) => (
            <option key={a.no} value={a.no}>
              {a.no}. {a.title.slice(0, 50)}
            </option>
          ))}
        </HTMLSelect>
        <HTMLSelect aria-label="Lọc theo trạng thái" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          <option value="">Mọi trạng thái</option>
          {Object.entries(FINDING_STATUS_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </HTMLSelect>
        <span className="muted">
          {shown.length}/{findings.length} điểm
        </span>
      </div>
      <HTMLTable compact striped className="data-table findings" aria-label="Các điểm chênh lệch">
        <thead>
          <tr>
            <th>Quy tắc</th>
            <th>Đơn vị</th>
            <th>Chỉ tiêu</th>
            <th>Nội dung</th>
            <th>Trạng thái</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={f.key}>
              <td>
                <Tag minimal intent={f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'none'} title={RULE_TITLES[f.rule]}>
                  {f.rule}
                </Tag>{' '}
                <RuleHelp rule={f.rule} />
              </td>
              <td>{unitLabel(bundle, f.districtCode, f.unitType)}</td>
              <td className="indicator-cell">{indicatorLabel(bundle, f.indicator)}</td>
              <td>
                {f.message}
                <div className="muted small">{valuesText(f.values)}</div>
                {f.note ? <div className="note">Ghi chú: {f.note}</div> : null}
              </td>
              <td>{f.severity === 'info' ? <Tag minimal>Thông tin</Tag> : <Tag intent={STATUS_INTENT[f.status]}>{FINDING_STATUS_LABELS[f.status]}</Tag>}</td>
              <td>
                {f.severity !== 'info' ? (
                  <Button size="small" icon="confirm" disabled={locked} onClick={() => onSettle(f)}>
                    Xử lý
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
          {shown.length === 0 ? (
            <EmptyRow columns={6}>{findings.length === 0 ? 'Không có điểm chênh lệch nào.' : 'Không có điểm nào khớp bộ lọc.'}</EmptyRow>
          ) : null}
        </tbody>
      </HTMLTable>
    </>
  );
}
