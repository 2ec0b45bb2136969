import { Button, Card, ControlGroup, FormGroup, HTMLTable, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { useResult } from '../../api/use-result';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useSave } from '../../components/use-save';
import { formatBytes, formatDateTime } from '../../format';

export function DataTab() {
  const { info, refresh } = useAppState();
  const backups = useResult(() => api['backup.list']({}), []);
  const backup = useSave();
  const rename = useSave();
  const [name, setName] = useState(info.displayName);
  return (
    <div className="tab-grid">
      <Card className="form-card">
        <h2>Nơi lưu dữ liệu</h2>
        <dl className="facts">
          <dt>Thư mục dữ liệu</dt>
          <dd className="path">{info.dataDir}</dd>
          <dt>Tệp dữ liệu</dt>
          <dd className="path">{info.dbPath}</dd>
          <dt>Phiên bản dữ liệu</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Phiên bản phần mềm</dt>
          <dd>{info.version}</dd>
        </dl>
        <FormGroup label="Tên người dùng ghi vào nhật ký" labelFor="display-name" helperText={`Tài khoản máy tính: ${info.osUser}`}>
          <ControlGroup>
            <InputGroup id="display-name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button loading={rename.saving} onClick={async () => (await rename.run(() => api['app.setDisplayName']({ displayName: name }))) && refresh()}>
              Lưu tên
            </Button>
          </ControlGroup>
        </FormGroup>
        <ErrorCallout error={rename.error} />
      </Card>
      <Card className="form-card">
        <h2>Sao lưu</h2>
        <p>Bản sao lưu được ghi vào thư mục “backups” trong thư mục dữ liệu. Nên sao chép định kỳ thư mục này sang ổ đĩa khác.</p>
        <Button icon="archive" intent="primary" loading={backup.saving} onClick={async () => (await backup.run(() => api['backup.create']({}))) && backups.reload()}>
          Sao lưu ngay
        </Button>
        <ErrorCallout error={backup.error ?? backups.error} />
        <HTMLTable compact className="data-table" aria-label="Các bản sao lưu">
          <thead>
            <tr>
              <th>Tệp</th>
              <th>Thời điểm</th>
              <th>Dung lượng</th>
            </tr>
          </thead>
          <tbody>
            {(backups.data ?? []).map((b) => (
              <tr key={b.path}>
                <td className="path">{b.name}</td>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{formatBytes(b.bytes)}</td>
              </tr>
            ))}
            {backups.data?.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted">
                  Chưa có bản sao lưu nào.
                </td>
              </tr>
            ) : null}
          </tbody>
        </HTMLTable>
      </Card>
    </div>
  );
}
