import { HTMLTable } from '@blueprintjs/core';
import { api } from '../../api/client';
import { useResult } from '../../api/use-result';
import { ErrorCallout } from '../../components/ErrorCallout';
import { formatDateTime } from '../../format';

const ACTIONS: Record<string, string> = {
  create: 'Thêm',
  update: 'Sửa',
  copy: 'Sao chép',
  backup: 'Sao lưu',
  restore: 'Khôi phục',
  delete: 'Xóa',
  import: 'Nhập báo cáo',
  import_new_version: 'Nhập phiên bản mới',
  correct: 'Sửa số liệu',
  settle_accept: 'Chấp nhận',
  settle_correct: 'Xử lý bằng sửa số liệu',
  settle_explain: 'Giải trình',
  reopen: 'Mở lại',
  lock: 'Chốt số liệu',
  unlock: 'Mở khóa kỳ',
  export: 'Lưu văn bản',
};
const ENTITIES: Record<string, string> = {
  plan: 'Kế hoạch',
  content_area: 'Nội dung',
  indicator: 'Chỉ tiêu',
  district: 'Đơn vị',
  period: 'Kỳ báo cáo',
  document_settings: 'Thiết lập văn bản',
  app_setting: 'Cài đặt',
  database: 'Dữ liệu',
  report: 'Báo cáo',
  figure: 'Số liệu',
  finding: 'Điểm chênh lệch',
  document_draft: 'Nội dung văn bản',
  document: 'Văn bản',
  reconcile_settings: 'Thiết lập đối chiếu',
};

/** Short, readable diff: the fields whose values changed. */
function changes(oldValue: string | null, newValue: string | null): string {
  if (!oldValue || !newValue) return newValue ?? '';
  try {
    const a = JSON.parse(oldValue) as unknown;
    const b = JSON.parse(newValue) as unknown;
    if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return `${String(a)} → ${String(b)}`;
    const keys = Object.keys(b).filter((k) => JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k]));
    return keys.map((k) => `${k}: ${JSON.stringify((a as Record<string, unknown>)[k])} → ${JSON.stringify((b as Record<string, unknown>)[k])}`).join('; ');
  } catch {
    return newValue;
  }
}

export function AuditTab() {
  const rows = useResult(() => api['audit.list']({ limit: 200 }), []);
  return (
    <>
      <ErrorCallout error={rows.error} />
      <HTMLTable compact striped className="data-table audit" aria-label="Nhật ký thay đổi">
        <thead>
          <tr>
            <th>Thời điểm</th>
            <th>Người thực hiện</th>
            <th>Thao tác</th>
            <th>Đối tượng</th>
            <th>Thay đổi</th>
            <th>Lý do</th>
          </tr>
        </thead>
        <tbody>
          {(rows.data ?? []).map((r) => (
            <tr key={r.id}>
              <td>{formatDateTime(r.at)}</td>
              <td>
                {r.displayName} <span className="muted">({r.osUser})</span>
              </td>
              <td>{ACTIONS[r.action] ?? r.action}</td>
              <td>
                {ENTITIES[r.entity] ?? r.entity} <span className="code">{r.entityKey}</span>
              </td>
              <td className="diff">{changes(r.oldValue, r.newValue)}</td>
              <td>{r.reason ?? ''}</td>
            </tr>
          ))}
          {rows.data?.length === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                Chưa có thay đổi nào.
              </td>
            </tr>
          ) : null}
        </tbody>
      </HTMLTable>
    </>
  );
}
