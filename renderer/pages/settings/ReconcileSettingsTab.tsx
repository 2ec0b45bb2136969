import { RuleHelp } from '../../components/RuleHelp';
import { Button, Card, Switch } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { RULE_TITLES, RULES, type ReconcileSettings } from '../../../shared/domain/reconcile';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { NumberField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { useSave } from '../../components/use-save';

/** Which rules run and how much difference they tolerate, per plan year. */
export function ReconcileSettingsTab() {
  const { year } = useAppState();
  const loaded = useQuery('reconcile.getSettings', { year });
  const [s, setS] = useState<ReconcileSettings | null>(null);
  useEffect(() => setS(loaded.data), [loaded.data]);
  const save = useSave();
  if (loaded.error) return <ErrorCallout error={loaded.error} />;
  if (!s) return <Loading />;
  const num = (k: Exclude<keyof ReconcileSettings, 'enabled'>, label: string, help?: string) => <NumberField label={label} help={help} value={s[k]} onChange={(v) => setS({ ...s, [k]: v })} />;
  return (
    <div className="tab-grid">
      <Card className="form-card">
        <h2>Các quy tắc đối chiếu</h2>
        {RULES.map((r) => (
          <Switch
            key={r}
            labelElement={
              <>
                {r} – {RULE_TITLES[r]} <RuleHelp rule={r} />
              </>
            }
            checked={s.enabled[r]}
            onChange={(e) => setS({ ...s, enabled: { ...s.enabled, [r]: e.currentTarget.checked } })}
          />
        ))}
      </Card>
      <Card className="form-card">
        <h2>Mức chênh lệch chấp nhận</h2>
        {num('moneyTolerance', 'Tiền (triệu đồng)', 'Chênh lệch không quá mức này thì coi là khớp (làm tròn).')}
        {num('countTolerance', 'Số lượng')}
        {num('outlierFactor', 'Bất thường khi gấp bao nhiêu lần trung vị (R8)')}
        {num('outlierFloor', 'Chỉ xét bất thường khi số liệu từ (R8)')}
        <div className="form-row">
          {num('dk03Min', 'Mô hình "Dân vận khéo" nhân rộng trong LLVT: tối thiểu')}
          {num('dk03Max', 'tối đa')}
        </div>
        <ErrorCallout error={save.error} />
        <Button intent="primary" icon="floppy-disk" loading={save.saving} onClick={() => void save.run(() => api['reconcile.saveSettings']({ year, settings: s }))}>
          Lưu thiết lập đối chiếu
        </Button>
        {save.savedAt && !save.error ? <span className="saved-note">Đã lưu.</span> : null}
      </Card>
    </div>
  );
}
