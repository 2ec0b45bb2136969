import { RuleHelp } from '../../components/RuleHelp';
import { Button, Checkbox, HTMLSelect, Tag } from '@blueprintjs/core';
import { useMemo, useState } from 'react';
import { FINDING_STATUS_LABELS, RULE_TITLES, RULES, type FindingView } from '../../../shared/domain/reconcile';
import type { PlanBundle } from '../../../shared/domain/plan';
import { isUnitType, unitTypeLabel } from '../../../shared/domain/units';
import { formatNumber } from '../../format';
import { indicatorLabel, unitLabel } from './names';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { settlementHow, settlementWho } from './settlement-text';

const STATUS_INTENT = { open: 'warning', accepted: 'success', corrected: 'primary', explained: 'success' } as const;

function valuesText(values: FindingView['values']): string {
  return Object.entries(values)
    // R6 keeps the two units' figures under their codes: a clerk reads the units' names.
    .map(([k, v]) => `${isUnitType(k) ? unitTypeLabel(k) : k}: ${typeof v === 'number' ? formatNumber(v) : (v ?? '—')}`)
    .join('; ');
}

const needsSettling = (f: FindingView) => f.severity !== 'info';
const isOpen = (f: FindingView) => needsSettling(f) && f.status === 'open';
/** Settled or reopened again, but not one the rules no longer raise: that one can only be reopened. */
const canSettle = (f: FindingView) => needsSettling(f) && !f.gone;

export type BulkAction = 'accept' | 'explain';

export interface FindingsTableProps {
  bundle: PlanBundle;
  findings: FindingView[];
  locked: boolean;
  onSettle(f: FindingView): void;
  onReopen(f: FindingView): void;
  onBulk(findings: FindingView[], action: BulkAction): void;
}

/** The findings of a period: open ones first, settled ones after with how, who, when and why. */
export function FindingsTable({ bundle, findings, locked, onSettle, onReopen, onBulk }: FindingsTableProps) {
  const [rule, setRule] = useState('');
  const [district, setDistrict] = useState('');
  const [area, setArea] = useState('');
  const [state, setState] = useState<'' | 'open' | 'settled'>('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const areaOf = (code: string | null) => bundle.indicators.find((i) => i.code === code)?.area;
  const ordered = useMemo(() => [...findings.filter(isOpen), ...findings.filter((f) => !isOpen(f))], [findings]);
  const rows = useMemo(
    () =>
      ordered.filter(
        (f) =>
          (!rule || f.rule === rule) &&
          (!district || f.districtCode === district) &&
          (!area || String(areaOf(f.indicator)) === area) &&
          (!state || (state === 'open' ? isOpen(f) : f.status !== 'open')),
      ),
    [ordered, rule, district, area, state],
  );
  // Only open findings are selected: once settled they leave the selection by themselves.
  const chosen = findings.filter((f) => selected.has(f.key) && isOpen(f));
  const chosenRule = chosen[0]?.rule;
  const toggle = (key: string, on: boolean) => setSelected((s) => (on ? new Set([...s, key]) : new Set([...s].filter((k) => k !== key))));
  const clear = () => setSelected(new Set());
  // "Select all" once the rule is known: from the selection, or from the filter.
  const allRule = chosenRule ?? (rule || undefined);
  const ofRule = allRule ? rows.filter((f) => isOpen(f) && f.rule === allRule) : [];
  const allOn = ofRule.length > 0 && ofRule.every((f) => selected.has(f.key));
  const someOn = ofRule.some((f) => selected.has(f.key));
  const selectAll = (on: boolean) => setSelected((s) => (on ? new Set([...s, ...ofRule.map((f) => f.key)]) : new Set([...s].filter((k) => !ofRule.some((f) => f.key === k)))));
  const allLabel = `Chọn tất cả ${ofRule.length} điểm của quy tắc này`;

  const columns = useMemo<DataColumn<FindingView>[]>(
    () => [
      {
        id: 'select',
        header:
          ofRule.length > 1 && !locked ? (
            <Checkbox aria-label={allLabel} title={`${allLabel} (${allRule})`} checked={allOn} indeterminate={someOn && !allOn} onChange={(e) => selectAll(e.currentTarget.checked)} />
          ) : (
            <span className="bp6-text-muted">Chọn</span>
          ),
        className: 'reconcile-select-cell',
        cell: (f) =>
          isOpen(f) ? (
            <Checkbox
              aria-label={`Chọn ${f.rule} ${unitLabel(bundle, f.districtCode, f.unitType)} ${f.indicator ?? ''}`.trim()}
              checked={selected.has(f.key)}
              disabled={locked || (!!chosenRule && chosenRule !== f.rule)}
              title={chosenRule && chosenRule !== f.rule ? `Chỉ chọn cùng lúc các điểm của một quy tắc (đang chọn ${chosenRule})` : undefined}
              onChange={(e) => toggle(f.key, e.currentTarget.checked)}
            />
          ) : null,
      },
      {
        id: 'rule',
        header: 'Quy tắc',
        value: (f) => f.rule,
        search: (f) => `${f.rule} ${RULE_TITLES[f.rule]}`,
        cell: (f) => (
          <>
            <Tag minimal intent={f.severity === 'error' ? 'danger' : f.severity === 'warning' ? 'warning' : 'none'} title={RULE_TITLES[f.rule]}>
              {f.rule}
            </Tag>{' '}
            <RuleHelp rule={f.rule} />
          </>
        ),
      },
      { id: 'unit', header: 'Đơn vị', value: (f) => unitLabel(bundle, f.districtCode, f.unitType), cell: (f) => unitLabel(bundle, f.districtCode, f.unitType) },
      { id: 'indicator', header: 'Chỉ tiêu', className: 'reconcile-indicator-cell', value: (f) => f.indicator, search: (f) => indicatorLabel(bundle, f.indicator), cell: (f) => indicatorLabel(bundle, f.indicator) },
      {
        id: 'message',
        header: 'Nội dung',
        search: (f) => [f.message, valuesText(f.values), f.note ?? '', f.settledBy ?? ''].join(' '),
        cell: (f) => (
          <>
            {f.message}
            {Object.keys(f.values).length ? <div className="muted small">{valuesText(f.values)}</div> : null}
            {f.settlement ? (
              <div className="reconcile-settlement">
                <strong>{settlementHow(f.settlement)}</strong> · {settlementWho(f.settlement)}
                {f.settlement.note ? <div className="reconcile-note">Lý do: {f.settlement.note}</div> : null}
              </div>
            ) : null}
          </>
        ),
      },
      {
        id: 'status',
        header: 'Trạng thái',
        value: (f) => (needsSettling(f) ? FINDING_STATUS_LABELS[f.status] : 'Thông tin'),
        cell: (f) => (needsSettling(f) ? <Tag intent={STATUS_INTENT[f.status]}>{FINDING_STATUS_LABELS[f.status]}</Tag> : <Tag minimal>Thông tin</Tag>),
      },
      {
        id: 'actions',
        header: '',
        cell: (f) => (
          <div className="inline-controls">
            {canSettle(f) ? (
              <Button size="small" icon="confirm" disabled={locked} onClick={() => onSettle(f)}>
                Xử lý
              </Button>
            ) : null}
            {needsSettling(f) && f.status !== 'open' ? (
              <Button size="small" variant="minimal" icon="undo" disabled={locked} onClick={() => onReopen(f)}>
                Mở lại…
              </Button>
            ) : null}
          </div>
        ),
      },
    ],
    [bundle, locked, selected, chosenRule, ofRule.map((f) => f.key).join(',')],
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
        <HTMLSelect aria-label="Lọc theo trạng thái" value={state} onChange={(e) => setState(e.currentTarget.value as typeof state)}>
          <option value="">Tất cả</option>
          <option value="open">Chưa xử lý ({findings.filter(isOpen).length})</option>
          <option value="settled">Đã xử lý ({findings.filter((f) => needsSettling(f) && f.status !== 'open').length})</option>
        </HTMLSelect>
      </div>
      {chosen.length ? (
        <div className="inline-controls filters bulk-actions" role="group" aria-label="Xử lý các điểm đã chọn">
          <span>
            Đã chọn {chosen.length} điểm {chosenRule} – {RULE_TITLES[chosenRule!]}
          </span>
          <Button intent="primary" icon="comment" disabled={locked} onClick={() => onBulk(chosen, 'explain')}>
            Giải trình {chosen.length} điểm đã chọn
          </Button>
          <Button icon="tick" disabled={locked} onClick={() => onBulk(chosen, 'accept')}>
            Chấp nhận {chosen.length} điểm
          </Button>
          <Button variant="minimal" onClick={clear}>
            Bỏ chọn
          </Button>
        </div>
      ) : null}
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(f) => f.key}
        rowClassName={(f) => (isOpen(f) ? undefined : 'reconcile-settled')}
        label="Các điểm chênh lệch"
        className="reconcile-findings"
        searchPlaceholder="Tìm đơn vị, chỉ tiêu, nội dung…"
        empty={findings.length === 0 ? 'Không có điểm chênh lệch nào.' : 'Không có điểm nào khớp bộ lọc.'}
        toolbar={(shown) => (
          <span className="muted">
            {shown.length}/{findings.length} điểm
          </span>
        )}
      />
    </>
  );
}
