import { Button } from '@blueprintjs/core';
import { useMemo, useState } from 'react';
import { DataTable, type DataColumn } from '../../components/DataTable';
import type { District, PlanBundle } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { EditDialog } from '../../components/EditDialog';
import { NumberField, TextField } from '../../components/fields';
import { useSave } from '../../components/use-save';
import { districtTitle } from '../../format';
import { useEditing } from './use-editing';

export function DistrictsTab({ bundle }: { bundle: PlanBundle }) {
  const { editing, edit, dialog } = useEditing<District>();
  const columns = useMemo<DataColumn<District>[]>(
    () => [
      { id: 'code', header: 'Mã', className: 'code', value: (d) => d.code, cell: (d) => d.code },
      { id: 'name', header: 'Đơn vị', value: (d) => d.name, search: (d) => districtTitle(d), cell: (d) => districtTitle(d) },
      { id: 'board', header: 'Ban Dân vận', value: (d) => d.boardUnit, cell: (d) => d.boardUnit },
      { id: 'military', header: 'Ban Chỉ huy Quân sự', value: (d) => d.militaryUnit, cell: (d) => d.militaryUnit },
      { id: 'aliases', header: 'Cách viết khác', search: (d) => d.aliases.join(' '), cell: (d) => <span className="muted">{d.aliases.join('; ')}</span> },
      { id: 'edit', header: '', cell: (d) => <Button size="small" variant="minimal" icon="edit" aria-label={`Sửa ${d.name}`} onClick={() => edit(d)} /> },
    ],
    [],
  );
  return (
    <>
      <p className="muted">
        {bundle.districts.length} đơn vị cấp huyện, mỗi đơn vị có hai đơn vị báo cáo: Ban Dân vận và Ban Chỉ huy Quân sự ({bundle.units.length} đơn vị báo cáo). Các cách viết
        khác giúp nhận ra đơn vị trong tệp báo cáo.
      </p>
      <DataTable rows={bundle.districts} columns={columns} rowKey={(d) => d.code} label="Danh sách đơn vị" searchPlaceholder="Tìm đơn vị, cách viết khác…" empty="Chưa có đơn vị nào." />
      {editing ? (
        <DistrictDialog
          year={bundle.plan.year}
          initial={editing}
          {...dialog}
        />
      ) : null}
    </>
  );
}

function DistrictDialog(props: { year: number; initial: District; onClose(): void; onSaved(): void }) {
  const [d, setD] = useState(props.initial);
  const [aliases, setAliases] = useState(props.initial.aliases.join('\n'));
  const save = useSave();
  const set = <K extends keyof District>(k: K) => (v: District[K]) => setD((x) => ({ ...x, [k]: v }));
  const value = (): District => ({ ...d, aliases: aliases.split('\n').map((a) => a.trim()).filter(Boolean) });
  return (
    <EditDialog
      title={`Sửa đơn vị ${d.code} – ${props.initial.name}`}
      isOpen
      onClose={props.onClose}
      saving={save.saving}
      error={save.error}
      onSave={async () => (await save.run(() => api['plan.saveDistrict']({ year: props.year, district: value() }))) && props.onSaved()}
    >
      <div className="form-row">
        <TextField label="Tên" value={d.name} onChange={set('name')} />
        <TextField label="Loại (huyện, thị xã, thành phố)" value={d.type} onChange={set('type')} />
      </div>
      <TextField label="Cấp ủy" value={d.partyCommittee} onChange={set('partyCommittee')} />
      <TextField label="Tên Ban Dân vận (như trên báo cáo)" value={d.boardUnit} onChange={set('boardUnit')} />
      <TextField label="Tên Ban Chỉ huy Quân sự (như trên báo cáo)" value={d.militaryUnit} onChange={set('militaryUnit')} />
      <TextField
        label="Cách viết khác (mỗi dòng một cách)"
        value={aliases}
        onChange={setAliases}
        multiline
        help="Mỗi cách viết chỉ dùng cho một đơn vị và đủ dài để nhận ra đơn vị (không dùng từ chung như BDV, QS, huyện)."
      />
      <NumberField label="Thứ tự" value={d.sortOrder} onChange={set('sortOrder')} />
    </EditDialog>
  );
}
