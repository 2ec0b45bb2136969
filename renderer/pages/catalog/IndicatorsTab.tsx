import { Button, Tag } from '@blueprintjs/core';
import { useMemo, useState } from 'react';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { INDICATOR_KINDS, type Indicator, type IndicatorKind, type PlanBundle, type ReportedBy } from '../../../shared/domain/plan';
import { UNIT_TYPE_LABELS } from '../../../shared/domain/units';
import { api } from '../../api/client';
import { CheckField, NumberField, SelectField, TextField } from '../../components/fields';
import { EditDialog } from '../../components/EditDialog';
import { useSave } from '../../components/use-save';
import { useEditing } from './use-editing';

export const KIND_LABELS: Record<IndicatorKind, string> = { count: 'Số lượng', people: 'Lượt người', money: 'Tiền (triệu đồng)', days: 'Ngày công' };
export const REPORTED_BY_LABELS: Record<ReportedBy, string> = { both: 'Cả hai', ...UNIT_TYPE_LABELS };

export function IndicatorsTab({ bundle }: { bundle: PlanBundle }) {
  const { editing, edit, dialog } = useEditing<{ indicator: Indicator; isNew: boolean }>();
  const nextOrder = Math.max(0, ...bundle.indicators.map((i) => i.sortOrder)) + 10;
  const areaTitle = new Map(bundle.areas.map((a) => [a.no, a.title]));
  // Area by area, as the plan lists them: the group headings follow this order while no column sort is chosen.
  const ordered = useMemo(() => bundle.areas.flatMap((a) => bundle.indicators.filter((i) => i.area === a.no)), [bundle]);
  const columns = useMemo<DataColumn<Indicator>[]>(
    () => [
      { id: 'code', header: 'Mã', className: 'code', value: (i) => i.code, cell: (i) => i.code },
      { id: 'label', header: 'Nội dung chỉ tiêu', value: (i) => i.label, cell: (i) => i.label },
      { id: 'unit', header: 'Đơn vị tính', value: (i) => i.unit, cell: (i) => i.unit },
      { id: 'by', header: 'Đơn vị báo cáo', value: (i) => REPORTED_BY_LABELS[i.reportedBy], cell: (i) => REPORTED_BY_LABELS[i.reportedBy] },
      {
        id: 'cross',
        header: 'Đối chiếu',
        value: (i) => (i.crossCheck ? 'Ban Dân vận = Ban CHQS' : ''),
        cell: (i) => (i.crossCheck ? <Tag minimal intent="primary">Ban Dân vận = Ban CHQS</Tag> : null),
      },
      { id: 'rule', header: 'Quy tắc', className: 'code', value: (i) => i.rule ?? '', cell: (i) => i.rule ?? '' },
      { id: 'edit', header: '', cell: (i) => <Button size="small" variant="minimal" icon="edit" aria-label={`Sửa ${i.code}`} onClick={() => edit({ indicator: i, isNew: false })} /> },
    ],
    [],
  );
  return (
    <>
      <div className="toolbar">
        <Button
          icon="add"
          onClick={() =>
            edit({
              isNew: true,
              indicator: { code: '', area: 1, label: '', unit: '', reportedBy: 'both', kind: 'count', crossCheck: false, rule: null, sortOrder: nextOrder },
            })
          }
        >
          Thêm chỉ tiêu
        </Button>
      </div>
      <DataTable
        rows={ordered}
        columns={columns}
        rowKey={(i) => i.code}
        label="Danh mục chỉ tiêu"
        searchPlaceholder="Tìm mã, nội dung chỉ tiêu…"
        empty="Chưa có chỉ tiêu nào."
        groupOf={(i) => ({ key: String(i.area), label: `${i.area}. ${areaTitle.get(i.area) ?? ''}` })}
      />
      {editing ? (
        <IndicatorDialog
          year={bundle.plan.year}
          areas={bundle.areas.map((a) => ({ value: String(a.no), label: `${a.no}. ${a.title}` }))}
          initial={editing.indicator}
          isNew={editing.isNew}
          {...dialog}
        />
      ) : null}
    </>
  );
}

function IndicatorDialog(props: { year: number; areas: { value: string; label: string }[]; initial: Indicator; isNew: boolean; onClose(): void; onSaved(): void }) {
  const [i, setI] = useState(props.initial);
  const save = useSave();
  const set = <K extends keyof Indicator>(k: K) => (v: Indicator[K]) => setI((x) => ({ ...x, [k]: v }));
  return (
    <EditDialog
      title={props.isNew ? 'Thêm chỉ tiêu' : `Sửa chỉ tiêu ${i.code}`}
      isOpen
      onClose={props.onClose}
      saving={save.saving}
      error={save.error}
      onSave={async () => (await save.run(() => api['plan.saveIndicator']({ year: props.year, indicator: i }))) && props.onSaved()}
    >
      <div className="form-row">
        <TextField label="Mã chỉ tiêu" value={i.code} onChange={(v) => set('code')(v.toUpperCase())} disabled={!props.isNew} />
        <SelectField label="Nội dung" value={String(i.area)} options={props.areas} onChange={(v) => set('area')(Number(v))} />
      </div>
      <TextField label="Tên chỉ tiêu (như trên mẫu báo cáo)" value={i.label} onChange={set('label')} multiline />
      <div className="form-row">
        <TextField label="Đơn vị tính" value={i.unit} onChange={set('unit')} />
        <SelectField label="Loại số liệu" value={i.kind} options={INDICATOR_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} onChange={set('kind')} />
      </div>
      <div className="form-row">
        <SelectField
          label="Đơn vị báo cáo"
          value={i.reportedBy}
          options={(['both', 'BDV', 'QS'] as const).map((k) => ({ value: k, label: REPORTED_BY_LABELS[k] }))}
          onChange={set('reportedBy')}
        />
        <TextField label="Quy tắc trong báo cáo" value={i.rule ?? ''} onChange={(v) => set('rule')(v.trim() ? v : null)} help='Ví dụ "<= TT01"; để trống nếu không có' />
      </div>
      <div className="form-row">
        <NumberField label="Thứ tự" value={i.sortOrder} onChange={set('sortOrder')} />
        <CheckField label="Hoạt động chung của hai đơn vị (số liệu Ban Dân vận và Ban CHQS phải khớp)" value={i.crossCheck} onChange={set('crossCheck')} />
      </div>
    </EditDialog>
  );
}
