import { Alert, Button, Callout, Card, ControlGroup, FormGroup, HTMLTable, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useSave } from '../../components/use-save';
import { formatBytes, formatDateTime } from '../../format';
import { EmptyRow } from '../../components/EmptyRow';
import type { RestoreInfo } from '../../../shared/domain/app';
import { RestoredNotice } from './RestoredNotice';

export function DataTab() {
  const { info } = useAppState();
  const backups = useQuery('backup.list', {});
  const backup = useSave();
  const rename = useSave();
  const [name, setName] = useState(info.displayName);
  const [keep, setKeep] = useState(String(info.backupKeep));
  const keepSave = useSave();
  const restore = useSave();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreInfo | null>(null);
  return (
    <div className="tab-grid">
      <Card className="form-card">
        <h2>Nơi lưu dữ liệu</h2>
        <dl className="settings-facts">
          <dt>Thư mục dữ liệu</dt>
          <dd className="path">{info.dataDir}</dd>
          <dt>Tệp dữ liệu</dt>
          <dd className="path">{info.dbPath}</dd>
          <dt>Phiên bản dữ liệu</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Phiên bản phần mềm</dt>
          <dd>{info.version}</dd>
          <dt>Chế độ ghi</dt>
          <dd>{info.journalMode === 'wal' ? 'WAL (ổ đĩa trên máy)' : 'Nhật ký rollback (thư mục dữ liệu nằm trên ổ mạng: không dùng WAL)'}</dd>
        </dl>
        <FormGroup label="Tên người dùng ghi vào nhật ký" labelFor="display-name" helperText={`Tài khoản máy tính: ${info.osUser}`}>
          <ControlGroup>
            <InputGroup id="display-name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button loading={rename.saving} onClick={() => void rename.run(() => api['app.setDisplayName']({ displayName: name }))}>
              Lưu tên
            </Button>
          </ControlGroup>
        </FormGroup>
        <ErrorCallout error={rename.error} />
      </Card>
      <Card className="form-card">
        <h2>Sao lưu</h2>
        <p>Bản sao lưu được ghi vào thư mục “backups” trong thư mục dữ liệu. Nên sao chép định kỳ thư mục này sang ổ đĩa khác.</p>
        <Button icon="archive" intent="primary" loading={backup.saving} onClick={() => void backup.run(() => api['backup.create']({}))}>
          Sao lưu ngay
        </Button>
        <FormGroup label="Số bản sao lưu tự động giữ lại" labelFor="backup-keep" helperText="Mỗi ngày phần mềm tự sao lưu một lần khi khởi động, và trước mỗi lần nâng cấp dữ liệu. Bản sao lưu do người dùng tạo không bị xóa.">
          <ControlGroup>
            <InputGroup id="backup-keep" inputMode="numeric" value={keep} onChange={(e) => setKeep(e.currentTarget.value)} />
            <Button
              loading={keepSave.saving}
              onClick={() => void keepSave.run(() => api['backup.setKeep']({ keep: Number(keep) }))}
            >
              Lưu
            </Button>
          </ControlGroup>
        </FormGroup>
        <ErrorCallout error={backup.error ?? backups.error ?? keepSave.error ?? restore.error} />
        {restored ? <RestoredNotice info={restored} /> : null}
        <HTMLTable compact className="data-table" aria-label="Các bản sao lưu">
          <thead>
            <tr>
              <th>Tệp</th>
              <th>Thời điểm</th>
              <th>Dung lượng</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(backups.data ?? []).map((b) => (
              <tr key={b.path}>
                <td className="path">{b.name}</td>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td>
                  <Button size="small" icon="history" onClick={() => setConfirming(b.name)}>
                    Khôi phục
                  </Button>
                </td>
              </tr>
            ))}
            {backups.data?.length === 0 ? (
              <EmptyRow columns={4}>Chưa có bản sao lưu nào.</EmptyRow>
            ) : null}
          </tbody>
        </HTMLTable>
      </Card>
      <Alert
        isOpen={confirming !== null}
        intent="danger"
        icon="history"
        cancelButtonText="Hủy"
        confirmButtonText="Khôi phục"
        canEscapeKeyCancel
        loading={restore.saving}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          const r = await restore.run(() => api['backup.restore']({ name: confirming! }));
          setConfirming(null);
          if (!r) return;
          // Stay on this tab: the app state and the list are read again from the restored data.
          setRestored(r);
        }}
      >
        <p>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu “{confirming}”?</p>
        <Callout intent="primary">Dữ liệu hiện tại được giữ lại thành một bản sao lưu “truoc-khoi-phuc-…” để có thể quay lại.</Callout>
      </Alert>
    </div>
  );
}
