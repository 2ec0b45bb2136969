import { Button, Callout, Drawer, DrawerSize, HTMLSelect, HTMLTable, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import { NARRATIVE_KEYS, NARRATIVE_TITLES } from '../../../shared/domain/form';
import { overrideConflicts, type OverrideConflict } from '../../../shared/domain/identity-override';
import { IMPORT_STATUS_LABELS, type ResolvedIdentity } from '../../../shared/domain/import';
import { periodTitle } from '../../../shared/domain/periods';
import { indicatorsFor, type PlanBundle, type UnitType } from '../../../shared/domain/plan';
import type { CellTrace } from '../../../shared/domain/report';
import { api } from '../../api/client';
import { ErrorCallout } from '../../components/ErrorCallout';
import { DateField } from '../../components/fields';
import { useSave } from '../../components/use-save';
import { formatNumber } from '../../format';
import type { Row } from './ImportBatch';
import { OverrideAlert } from './OverrideAlert';
import { SOURCE_LABELS, STATUS_INTENT, UNIT_TYPE_LABELS } from './labels';

/** What the reader did to a figure, so the clerk can check the cells that were converted or guessed. */
function marks(trace: CellTrace | undefined): { text: string; title: string }[] {
  if (!trace) return [];
  const m: { text: string; title: string }[] = [];
  if (trace.labelMatch === 'reworded' || trace.labelMatch === 'normalised')
    m.push({ text: 'nhận theo nội dung', title: `Dòng ${trace.row}: "${trace.label}" được nhận là chỉ tiêu này theo nội dung gần đúng` });
  if (trace.fromText) m.push({ text: 'số dạng chữ', title: 'Ô chứa chữ (ví dụ "1.250" hay "-") đã được chuyển thành số' });
  if (trace.scale !== 1) m.push({ text: `×${formatNumber(trace.scale)}`, title: 'Số tiền trong tệp không tính bằng triệu đồng; đã đổi sang triệu đồng' });
  return m;
}

export function ReportPreview({ row, bundle, onClose, onChange }: { row: Row; bundle: PlanBundle; onClose(): void; onChange(patch: Partial<Row>): void }) {
  const s = row.staged!;
  const guess = s.resolved ?? { districtCode: s.identity?.districtCode ?? '', unitType: s.identity?.unitType ?? null, period: s.identity?.period ?? '' };
  const [district, setDistrict] = useState(guess.districtCode ?? '');
  const [unitType, setUnitType] = useState<UnitType | ''>(guess.unitType ?? '');
  const [period, setPeriod] = useState(guess.period ?? '');
  const confirm = useSave();
  const [conflicts, setConflicts] = useState<OverrideConflict[] | null>(null);
  const [asked, setAsked] = useState<string | null>(null);
  const districtName = (code: string) => bundle.districts.find((d) => d.code === code)?.name ?? code;
  const send = async (identity: ResolvedIdentity, force: boolean) => {
    const r = await confirm.run(() => api['import.confirm']({ stagingId: s.stagingId, identity, force }), {
      // The services found the choice against what the file states for certain (this screen's own check may not see all of it): ask the second time here too.
      onError: (e) => {
        if (e.code !== 'needs_confirmation' || force) return false;
        setAsked(e.message);
        return true;
      },
    });
    setConflicts(null);
    if (r) onChange({ staged: r });
  };
  const type = (s.resolved?.unitType ?? s.identity?.unitType ?? 'BDV') as UnitType;
  const indicators = indicatorsFor(bundle.indicators, type);
  const sources = s.identity?.sources;
  // Last year's report is refused for good: no choice here makes it this year's.
  const editable = !row.saved && s.status !== 'duplicate' && s.reason?.code !== 'wrong_period';
  const chosen: ResolvedIdentity = { districtCode: district, unitType: unitType as UnitType, period };

  return (
    <Drawer isOpen onClose={onClose} size={DrawerSize.LARGE} title={row.fileName} icon="document" isCloseButtonShown={false}>
      <div className="import-preview">
        <section className="preview-identity">
          <div className="inline-controls">
            <Tag large intent={STATUS_INTENT[s.status]}>
              {IMPORT_STATUS_LABELS[s.status]}
            </Tag>
            <HTMLSelect aria-label="Đơn vị" value={district} disabled={!editable} onChange={(e) => setDistrict(e.currentTarget.value)}>
              <option value="">— Chọn đơn vị —</option>
              {bundle.districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} – {d.name}
                </option>
              ))}
            </HTMLSelect>
            <HTMLSelect aria-label="Loại đơn vị" value={unitType} disabled={!editable} onChange={(e) => setUnitType(e.currentTarget.value as UnitType)}>
              <option value="">— Loại đơn vị —</option>
              <option value="BDV">Ban Dân vận</option>
              <option value="QS">Ban CHQS</option>
            </HTMLSelect>
            <HTMLSelect aria-label="Kỳ của báo cáo" value={period} disabled={!editable} onChange={(e) => setPeriod(e.currentTarget.value)}>
              <option value="">— Kỳ báo cáo —</option>
              {bundle.periods
                .filter((p) => p.kind.startsWith('Q'))
                .map((p) => (
                  <option key={p.code} value={p.code}>
                    {periodTitle(p.code)}
                  </option>
                ))}
            </HTMLSelect>
            <Button
              icon="tick"
              intent={s.status === 'needs_confirmation' ? 'primary' : 'none'}
              disabled={!editable || !district || !unitType || !period}
              loading={confirm.saving}
              onClick={async () => {
                const against = overrideConflicts(s.identity, chosen);
                if (against.length > 0) setConflicts(against);
                else await send(chosen, false);
              }}
            >
              Xác nhận
            </Button>
            <DateField label="Ngày nhận" value={row.receivedDate} disabled={!!row.saved} onChange={(v) => v && onChange({ receivedDate: v })} />
            <Button icon="cross" variant="minimal" onClick={onClose}>
              Đóng
            </Button>
          </div>
          {s.reason ? (
            <Callout intent={STATUS_INTENT[s.status]} className="spaced">
              {s.reason.message}
            </Callout>
          ) : null}
          {sources ? (
            <p className="muted small">
              Đơn vị đọc từ: {sources.district ? SOURCE_LABELS[sources.district] : 'không có'}; loại đơn vị: {sources.unitType ? SOURCE_LABELS[sources.unitType] : 'không có'}; kỳ:{' '}
              {sources.period ? SOURCE_LABELS[sources.period] : 'không có'}. Độ tin cậy: {s.identity?.confidence === 'high' ? 'cao' : s.identity?.confidence === 'medium' ? 'trung bình (đoán từ tên tệp)' : 'thấp'}.
            </p>
          ) : null}
          <ErrorCallout error={confirm.error} />
          <OverrideAlert
            conflicts={conflicts}
            asked={asked}
            districtName={districtName}
            loading={confirm.saving}
            onCancel={() => {
              setConflicts(null);
              setAsked(null);
            }}
            onConfirm={() => {
              setAsked(null);
              void send(chosen, true);
            }}
          />
        </section>
        <div className="import-preview-body">
          <HTMLTable compact striped className="data-table preview-values" aria-label="Số liệu đọc được">
            <thead>
              <tr>
                <th>Mã</th>
                <th>Chỉ tiêu</th>
                <th className="num">Trong kỳ</th>
                <th className="num">Lũy kế</th>
                <th>Cách đọc</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => {
                const v = s.values[i.code];
                const trace = s.cells[i.code];
                return (
                  <tr key={i.code} className={v?.period === null && v?.ytd === null ? 'import-not-reported' : undefined}>
                    <td className="code">{i.code}</td>
                    <td title={trace ? `${trace.sheet}!${trace.labelCell}: ${trace.label}` : 'Không có dòng này trong tệp'}>
                      {i.label} <span className="muted">({i.unit})</span>
                    </td>
                    <td className="num" title={trace?.periodCell ? `${trace.sheet}!${trace.periodCell}` : undefined}>
                      {v?.period === null || v === undefined ? <span className="muted">—</span> : formatNumber(v.period)}
                    </td>
                    <td className="num" title={trace?.ytdCell ? `${trace.sheet}!${trace.ytdCell}` : undefined}>
                      {v?.ytd === null || v === undefined ? <span className="muted">—</span> : formatNumber(v.ytd)}
                    </td>
                    <td>
                      {marks(trace).map((m) => (
                        <Tag key={m.text} minimal intent="warning" title={m.title} className="import-mark">
                          {m.text}
                        </Tag>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </HTMLTable>
          <aside className="import-preview-findings" aria-label="Ghi chú khi đọc tệp">
            <h3>Ghi chú khi đọc tệp ({s.findings.length})</h3>
            {s.findings.length === 0 ? <p className="muted">Không có.</p> : null}
            <ul>
              {s.findings.map((f, i) => (
                <li key={i} className={`import-finding import-finding-${f.severity}`}>
                  <span className="import-cell-ref">{[f.sheet, f.cell].filter(Boolean).join('!') || '—'}</span> {f.message}
                </li>
              ))}
            </ul>
            <h3>Phần thuyết minh</h3>
            {NARRATIVE_KEYS.map((k) => (
              <div key={k} className="import-narrative">
                <strong>{NARRATIVE_TITLES[k]}</strong>
                <p>{s.narrative[k] ?? <span className="muted">Không có</span>}</p>
              </div>
            ))}
            <p className="muted small">
              Trong bảng: “—” là đơn vị không báo cáo (ô trống), khác với số 0. {UNIT_TYPE_LABELS[type]} báo cáo {indicators.length} chỉ tiêu.
            </p>
          </aside>
        </div>
      </div>
    </Drawer>
  );
}
