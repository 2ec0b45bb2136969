import { Button, Collapse, HTMLSelect, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import type { AuditEntryView } from '../../../shared/domain/app';
import { AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditKind } from '../../../shared/domain/audit-sentence';
import { periodTitle } from '../../../shared/domain/periods';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { compareVi, districtTitle, formatDateTime } from '../../format';
import { DataTable, type DataColumn } from '../../components/DataTable';

interface Filter {
  kind: AuditKind | '';
  period: string;
  unit: string;
  person: string;
  search: string;
}

/** The audit log as sentences; filters and search run on the whole log (electron/handlers/audit-view.ts). */
export function AuditTab() {
  const { year } = useAppState();
  const [f, setF] = useState<Filter>({ kind: '', period: '', unit: '', person: '', search: '' });
  const [search, setSearch] = useState('');
  const bundle = useQuery('plan.get', { year });
  // The people who appear anywhere in the log, for the person filter.
  const everyone = useQuery('audit.list', { limit: 500 });
  const input = { limit: 300, ...(f.kind ? { kind: f.kind } : {}), ...(f.period ? { period: f.period } : {}), ...(f.unit ? { unit: f.unit } : {}), ...(f.person ? { person: f.person } : {}), ...(f.search.trim() ? { search: f.search.trim() } : {}) };
  const rows = useQuery('audit.list', input);
  const people = [...new Set((everyone.data ?? []).map((r) => r.displayName))].sort(compareVi);
  const set = (patch: Partial<Filter>) => setF((x) => ({ ...x, ...patch }));

  return (
    <>
      <ErrorCallout error={rows.error ?? bundle.error} />
      <div className="inline-controls audit-filters">
        <HTMLSelect aria-label="Loại thao tác" value={f.kind} onChange={(e) => set({ kind: e.currentTarget.value as AuditKind | '' })}>
          <option value="">Mọi thao tác</option>
          {AUDIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {AUDIT_KIND_LABELS[k]}
            </option>
          ))}
        </HTMLSelect>
        <HTMLSelect aria-label="Kỳ" value={f.period} onChange={(e) => set({ period: e.currentTarget.value })}>
          <option value="">Mọi kỳ</option>
          {(bundle.data?.periods ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {periodTitle(p.code)}
            </option>
          ))}
        </HTMLSelect>
        <HTMLSelect aria-label="Đơn vị" value={f.unit} onChange={(e) => set({ unit: e.currentTarget.value })}>
          <option value="">Mọi đơn vị</option>
          {(bundle.data?.districts ?? []).map((d) => (
            <optgroup key={d.code} label={districtTitle(d)}>
              <option value={d.code}>{districtTitle(d)} (cả hai ban)</option>
              <option value={`${d.code}-BDV`}>Ban Dân vận {d.type} {d.name}</option>
              <option value={`${d.code}-QS`}>Ban CHQS {d.type} {d.name}</option>
            </optgroup>
          ))}
        </HTMLSelect>
        <HTMLSelect aria-label="Người thực hiện" value={f.person} onChange={(e) => set({ person: e.currentTarget.value })}>
          <option value="">Mọi người</option>
          {people.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </HTMLSelect>
        <InputGroup
          type="search"
          leftIcon="search"
          placeholder="Tìm (gõ có dấu hay không dấu đều được)"
          aria-label="Tìm trong nhật ký"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') set({ search });
          }}
          onBlur={() => set({ search })}
        />
      </div>
      {/* The search box above runs on the whole log (server side); the table sorts what it returned. */}
      <DataTable
        rows={rows.data ?? []}
        columns={COLUMNS}
        rowKey={(r) => String(r.id)}
        label="Nhật ký thay đổi"
        className="audit"
        empty={rows.data ? (Object.values(f).some(Boolean) ? 'Không có thay đổi nào khớp điều kiện lọc.' : 'Chưa có thay đổi nào.') : ''}
      />
    </>
  );
}

const COLUMNS: DataColumn<AuditEntryView>[] = [
  { id: 'at', header: 'Thời điểm', kind: 'date', className: 'nowrap', value: (r) => r.at, cell: (r) => formatDateTime(r.at) },
  {
    id: 'person',
    header: 'Người thực hiện',
    value: (r) => r.displayName,
    cell: (r) => (
      <>
        {r.displayName}
        {r.osUser !== r.displayName ? <div className="muted small">tài khoản máy: {r.osUser}</div> : null}
      </>
    ),
  },
  { id: 'sentence', header: 'Nội dung', className: 'audit-sentence', value: (r) => r.sentence, cell: (r) => <AuditSentence row={r} /> },
];

function AuditSentence({ row }: { row: AuditEntryView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <span>{row.sentence}</span>
      {row.details.length ? (
        <Button size="small" variant="minimal" icon={open ? 'chevron-up' : 'chevron-down'} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Chi tiết
        </Button>
      ) : null}
      {/* Kept mounted so that the details are searchable with the browser's own find. */}
      <Collapse isOpen={open} keepChildrenMounted>
        <dl className="audit-details">
          {row.details.map((d) => (
            <div key={d.label}>
              <dt>{d.label}</dt>
              <dd>{d.value}</dd>
            </div>
          ))}
        </dl>
      </Collapse>
    </>
  );
}
