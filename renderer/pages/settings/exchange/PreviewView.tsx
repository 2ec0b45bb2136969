import { Callout, HTMLTable, Section, SectionCard, Tag } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import type { ExchangePreview } from '../../../../shared/domain/exchange';
import { periodTitle } from '../../../../shared/domain/periods';
import type { PlanBundle } from '../../../../shared/domain/plan';
import { DRAFT_KIND_LABELS, fieldLabel, planDifferenceSubject, settlementAction, settlementWho } from '../../../components/exchange/text';
import { formatDate, formatDateTime, formatNumber } from '../../../format';
import { unitLabel } from '../../reconcile/names';
import { findingSubject } from './finding-key';
import { DRAFT_OUTCOMES, LOCK_OUTCOMES, REPORT_OUTCOMES, SETTLEMENT_OUTCOMES } from './labels';

const outcomeTag = ([label, intent]: [string, Parameters<typeof Tag>[0]['intent']]) => (
  <Tag minimal intent={intent}>
    {label}
  </Tag>
);

/** The counts a clerk checks before importing: what is new, what agrees, what needs a choice. */
export function previewCounts(p: ExchangePreview) {
  const s = (o: string) => p.settlements.filter((x) => x.outcome === o).length;
  return [
    { label: 'Báo cáo mới với máy này', value: p.reports.incoming.filter((r) => r.outcome !== 'duplicate').length },
    { label: 'Báo cáo chỉ có ở máy này', value: p.reports.onlyHere.length },
    { label: 'Xử lý giống máy này', value: s('agree') },
    { label: 'Xử lý sẽ áp dụng', value: s('applied') },
    { label: 'Xử lý khác máy này', value: s('conflict'), warn: true },
    { label: 'Kỳ đã chốt', value: p.locks.filter((l) => l.outcome !== 'here_only').length },
    { label: 'Khác biệt kế hoạch', value: p.plan.length, warn: true },
    { label: 'Bản thảo văn bản', value: p.drafts.length },
  ];
}

function Part({ title, count, children, open = false }: { title: string; count: number; children: ReactNode; open?: boolean }) {
  return (
    <Section title={`${title} (${formatNumber(count)})`} collapsible collapseProps={{ defaultIsOpen: open && count > 0 }} compact className="preview-part">
      <SectionCard padded={count === 0}>{count === 0 ? <span className="muted">Không có.</span> : children}</SectionCard>
    </Section>
  );
}

export function PreviewView({ preview, bundle }: { preview: ExchangePreview; bundle: PlanBundle }) {
  const p = preview.package;
  const incoming = preview.reports.incoming.filter((r) => r.outcome !== 'duplicate');
  const duplicates = preview.reports.incoming.length - incoming.length;
  return (
    <div className="exchange-preview">
      <dl className="facts">
        <dt>Gói của</dt>
        <dd>
          <strong>{p.sectionLabel}</strong>, do {p.createdBy} tạo lúc {formatDateTime(p.createdAt)}
        </dd>
        <dt>Phạm vi</dt>
        <dd>{p.period ? periodTitle(p.period) : `Cả năm ${p.planYear}`}</dd>
        <dt>Xác thực</dt>
        <dd>{p.authenticated ? <Tag intent="success" icon="endorsed">Đã ký bằng cụm mật khẩu dùng chung</Tag> : <Tag intent="warning" icon="warning-sign">Không ký (máy này chưa đặt cụm mật khẩu dùng chung)</Tag>}</dd>
        <dt>Tệp</dt>
        <dd className="path">{p.fileName}</dd>
      </dl>
      <ul className="preview-counts" aria-label="Tóm tắt gói">
        {previewCounts(preview).map((c) => (
          <li key={c.label} className={c.warn && c.value ? 'warn' : undefined}>
            <span className="count">{formatNumber(c.value)}</span> {c.label}
          </li>
        ))}
      </ul>
      {!preview.changes ? (
        <Callout intent="primary" icon="info-sign" className="spaced">
          Gói này không có gì mới: nhập cũng không ghi gì vào máy này.
        </Callout>
      ) : null}
      <Part title="Báo cáo" count={incoming.length + preview.reports.onlyHere.length} open>
        {preview.reports.withoutWorkbook ? (
          <p className="muted">{formatNumber(preview.reports.withoutWorkbook)} báo cáo không kèm tệp gốc (nhận trước khi phần mềm giữ tệp gốc): chỉ có số liệu bên kia đã đọc.</p>
        ) : null}
        <HTMLTable compact className="data-table" aria-label="Báo cáo trong gói">
          <thead>
            <tr>
              <th>Kỳ</th>
              <th>Đơn vị</th>
              <th>Tệp</th>
              <th>Ngày nhận</th>
              <th>Trên máy này</th>
            </tr>
          </thead>
          <tbody>
            {incoming.map((r) => (
              <tr key={r.sha256}>
                <td>{periodTitle(r.period)}</td>
                <td>{unitLabel(bundle, r.districtCode, r.unitType)}</td>
                <td className="file-name">{r.fileName}</td>
                <td>{formatDate(r.receivedDate)}</td>
                <td>
                  {outcomeTag(REPORT_OUTCOMES[r.outcome])} {r.outcome !== 'accepted' ? <span className="muted">{r.message}</span> : null}
                </td>
              </tr>
            ))}
            {preview.reports.onlyHere.map((r) => (
              <tr key={`here-${r.sha256}`}>
                <td>{periodTitle(r.period)}</td>
                <td>{unitLabel(bundle, r.districtCode, r.unitType)}</td>
                <td className="file-name">{r.fileName}</td>
                <td>{formatDate(r.receivedDate)}</td>
                <td>{outcomeTag(['Chỉ có ở máy này (gói không có)', 'none'])}</td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
        {duplicates ? <p className="muted">Và {formatNumber(duplicates)} báo cáo máy này đã có (cùng nội dung tệp).</p> : null}
      </Part>
      <Part title="Xử lý điểm chênh lệch" count={preview.settlements.length} open>
        <HTMLTable compact className="data-table" aria-label="Xử lý điểm chênh lệch trong gói">
          <thead>
            <tr>
              <th>Điểm chênh lệch</th>
              <th>Bên kia xử lý</th>
              <th>Trên máy này</th>
            </tr>
          </thead>
          <tbody>
            {preview.settlements.map((s) => (
              <tr key={s.theirs.key}>
                <td>{findingSubject(bundle, s.theirs.rule, s.theirs.period, s.theirs.key)}</td>
                <td>
                  {settlementAction(s.theirs)}
                  <div className="muted small">{settlementWho(s.theirs)}{s.theirs.note ? ` · ${s.theirs.note}` : ''}</div>
                </td>
                <td>
                  {outcomeTag(SETTLEMENT_OUTCOMES[s.outcome])}
                  {s.outcome === 'conflict' && s.ours ? <div className="muted small">Máy này: {settlementAction(s.ours)}</div> : null}
                  {s.message ? <div className="muted small">{s.message}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      </Part>
      <Part title="Chốt số liệu" count={preview.locks.length}>
        <ul className="plain-list">
          {preview.locks.map((l) => (
            <li key={l.period}>
              {periodTitle(l.period)}: {outcomeTag(LOCK_OUTCOMES[l.outcome])} {l.theirs ? <span className="muted">bên kia chốt lúc {formatDateTime(l.theirs.lockedAt)} ({l.theirs.lockedBy})</span> : null} {l.message ? <span className="muted">{l.message}</span> : null}
            </li>
          ))}
        </ul>
      </Part>
      <Part title="Khác biệt kế hoạch và thiết lập" count={preview.plan.length}>
        <ul className="plain-list">
          {preview.plan.map((d) => (
            <li key={`${d.what}/${d.key}`}>
              {planDifferenceSubject(d)}: <span className="muted">{d.fields.map(fieldLabel).join(', ')}</span>
            </li>
          ))}
        </ul>
      </Part>
      <Part title="Bản thảo văn bản" count={preview.drafts.length}>
        <ul className="plain-list">
          {preview.drafts.map((d) => (
            <li key={`${d.kind}/${d.period}`}>
              {DRAFT_KIND_LABELS[d.kind] ?? 'Văn bản'} {periodTitle(d.period)}: {outcomeTag(DRAFT_OUTCOMES[d.outcome])}
            </li>
          ))}
        </ul>
      </Part>
    </div>
  );
}
