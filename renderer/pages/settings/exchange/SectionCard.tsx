import { Alert, Button, Callout, Card, ControlGroup, FormGroup, InputGroup, Radio, RadioGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { SECTION_LABELS, type ExchangeSection, type ExchangeSettings } from '../../../../shared/domain/exchange';
import { api } from '../../../api/client';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { useSave } from '../../../components/use-save';

/** Which section this PC belongs to, and the passphrase both sections share to sign their packages. */
export function SectionCard({ settings }: { settings: ExchangeSettings }) {
  const save = useSave();
  const [passphrase, setPassphrase] = useState('');
  const [changing, setChanging] = useState(false);
  const [removing, setRemoving] = useState(false);
  const store = async (input: { section?: ExchangeSection; passphrase?: string | null }) => {
    // A saved setting is read again by the query cache (a mutating channel).
    return (await save.run(() => api['exchange.saveSettings'](input))) !== null;
  };
  const setPass = async () => {
    if (await store({ passphrase })) {
      setPassphrase('');
      setChanging(false);
    }
  };
  return (
    <Card className="form-card" role="region" aria-labelledby="exchange-section-title">
      <h2 id="exchange-section-title">Máy này thuộc</h2>
      <p className="muted">Cần chọn trước lần xuất gói đầu tiên: gói mang tên phòng gửi, và bên nhận thấy “Khác với bên …” theo tên này.</p>
      <RadioGroup
        name="exchange-section"
        aria-label="Máy này thuộc"
        selectedValue={settings.section ?? undefined}
        disabled={save.saving}
        onChange={(e) => void store({ section: e.currentTarget.value as ExchangeSection })}
      >
        {(Object.keys(SECTION_LABELS) as ExchangeSection[]).map((s) => (
          <Radio key={s} value={s} label={SECTION_LABELS[s]} />
        ))}
      </RadioGroup>
      <h2 className="spaced">Cụm mật khẩu dùng chung</h2>
      <p className="muted">Hai phòng phải đặt cùng một cụm mật khẩu: gói được ký bằng nó, và gói không ký đúng bị từ chối. Cụm mật khẩu được lưu trong tệp dữ liệu của máy này.</p>
      {settings.hasPassphrase && !changing ? (
        <>
          <Callout intent="success" icon="lock">
            Đã đặt cụm mật khẩu dùng chung.
          </Callout>
          <div className="inline-controls spaced">
            <Button icon="edit" onClick={() => setChanging(true)}>
              Đổi cụm mật khẩu…
            </Button>
            <Button icon="trash" intent="danger" variant="outlined" onClick={() => setRemoving(true)}>
              Bỏ cụm mật khẩu
            </Button>
          </div>
        </>
      ) : (
        <FormGroup label={settings.hasPassphrase ? 'Cụm mật khẩu mới' : 'Cụm mật khẩu (ít nhất 8 ký tự)'} labelFor="exchange-passphrase" helperText={settings.hasPassphrase ? undefined : 'Chưa đặt: gói được xuất không ký, và máy này nhận gói không ký.'}>
          <ControlGroup>
            <InputGroup id="exchange-passphrase" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && void setPass()} />
            <Button intent="primary" loading={save.saving} disabled={!passphrase} onClick={() => void setPass()}>
              {settings.hasPassphrase ? 'Lưu cụm mật khẩu mới' : 'Đặt cụm mật khẩu'}
            </Button>
            {changing ? <Button onClick={() => setChanging(false)}>Hủy</Button> : null}
          </ControlGroup>
        </FormGroup>
      )}
      <ErrorCallout error={save.error} />
      <Alert
        isOpen={removing}
        intent="danger"
        icon="unlock"
        cancelButtonText="Hủy"
        confirmButtonText="Bỏ cụm mật khẩu"
        canEscapeKeyCancel
        onCancel={() => setRemoving(false)}
        onConfirm={async () => {
          await store({ passphrase: null });
          setRemoving(false);
        }}
      >
        <p>Bỏ cụm mật khẩu dùng chung? Gói xuất từ máy này sẽ không được ký, và máy này nhận cả gói không ký. Bên kia cũng cần bỏ cụm mật khẩu thì mới nhận được gói của máy này.</p>
      </Alert>
    </Card>
  );
}
