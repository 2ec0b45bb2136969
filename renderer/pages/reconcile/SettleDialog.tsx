import { Dialog, DialogBody, FormGroup, HTMLTable, InputGroup, Radio, RadioGroup, TextArea } from '@blueprintjs/core';
import { useState } from 'react';
import type { PlanBundle, UnitType } from '../../../shared/domain/plan';
import { RULE_EXPLANATIONS } from '../../../shared/domain/rule-help';
import { RULE_TITLES, type FindingView, type SettleAction } from '../../../shared/domain/reconcile';
import { isUnitType, unitTypeLabel } from '../../../shared/domain/units';
import { HOW_TO_TYPE_FIGURE, readCorrectedFigure } from '../../../shared/text/corrected-figure';
import { api } from '../../api/client';
import { isStale } from '../../api/error-guide';
import { useQueries, useQuery } from '../../api/use-query';
import { ConfirmFooter } from '../../components/ConfirmFooter';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useEnterConfirms } from '../../components/use-enter-confirms';
import { useSave } from '../../components/use-save';
import { formatDateTime, formatNumber } from '../../format';
import { indicatorLabel, unitLabel } from './names';

const fieldLabel = (field: 'period' | 'ytd') => (field === 'period' ? 'trong kỳ' : 'lũy kế');

/** Accept as reported, correct the figures (the originals stay in the report), or explain with a note. */
/** onStale: the period was locked meanwhile (error code `locked`): the page reloads, the dialog keeps the message. */
export function SettleDialog({ bundle, finding, onClose, onDone, onStale }: { bundle: PlanBundle; finding: FindingView; onClose(): void; onDone(): void; onStale(): void }) {
  const cells = finding.cells ?? [];
  const numeric = Object.entries(finding.values).filter((e): e is [string, number] => typeof e[1] === 'number');
  const [action, setAction] = useState<SettleAction>(cells.length ? 'correct' : 'accept');
  const [chosen, setChosen] = useState<number | null>(finding.rule === 'R6' ? (numeric[0]?.[1] ?? null) : null);
  const [note, setNote] = useState(finding.note ?? '');
  const [newValues, setNewValues] = useState<Record<string, string>>({});
  const save = useSave();
  const first = cells[0];
  const unitType = finding.unitType ?? 'BDV';
  const compare = useQuery('reconcile.compare', { period: finding.period, districtCode: finding.districtCode ?? '' }, { enabled: !!finding.districtCode });
  const unitOfReport = (id: number) => {
    const u = compare.data?.units.find((x) => x.reportId === id);
    return u ? `${unitTypeLabel(u.unitType)}, phiên bản ${u.version}` : `báo cáo #${id}`;
  };
  const currentValue = (id: number, indicator: string, field: 'period' | 'ytd') => compare.data?.units.find((x) => x.reportId === id)?.values[indicator]?.[field];
  // R6 sets the two bodies' figures against each other: both histories, each line saying whose it is.
  const historyUnits: UnitType[] = finding.rule === 'R6' ? ['BDV', 'QS'] : [unitType];
  const histories = useQueries(
    'reconcile.history',
    finding.districtCode && finding.indicator ? historyUnits.map((u) => ({ period: finding.period, districtCode: finding.districtCode!, unitType: u, indicator: finding.indicator! })) : [],
  );
  const history = histories.flatMap((h, i) => (h.data ?? []).map((e) => ({ ...e, unit: historyUnits[i]! }))).sort((a, b) => a.at.localeCompare(b.at));

  async function submit() {
    // A cell left empty keeps its figure; only what the user typed is corrected, and only when certain.
    const typed = action === 'correct' ? cells.map((c) => ({ c, raw: (newValues[`${c.reportId}|${c.indicator}|${c.field}`] ?? '').trim() })).filter((t) => t.raw !== '') : [];
    const read = typed.map((t) => ({ ...t, figure: readCorrectedFigure(t.raw) }));
    const wrong = read.find((t) => !t.figure.ok);
    if (wrong && !wrong.figure.ok) {
      const message = `Số mới ${wrong.c.indicator} ${fieldLabel(wrong.c.field)} "${wrong.raw}": ${wrong.figure.why}. ${HOW_TO_TYPE_FIGURE}.`;
      return save.run(async () => ({ ok: false, error: { code: 'invalid_input', message } }));
    }
    const corrections = action === 'correct' ? read.map(({ c, figure }) => ({ reportId: c.reportId, indicator: c.indicator, field: c.field, value: figure.ok ? figure.value : null })) : undefined;
    const r = await save.run(() =>
      api['reconcile.settle']({
        period: finding.period,
        key: finding.key,
        action,
        note: note.trim() || null,
        chosenValue: action === 'accept' ? chosen : null,
        corrections,
      }),
      { onError: (e) => void (isStale(e) && onStale()) },
    );
    if (r) onDone();
  }

  // Enter confirms (not in the note's textarea: a new line there); Esc closes, as every dialog.
  useEnterConfirms(true, () => void (save.saving || submit()));
  return (
    <Dialog isOpen onClose={onClose} title={`Xử lý: ${finding.rule} – ${RULE_TITLES[finding.rule]}`} style={{ width: 720 }}>
      <DialogBody>
        <p className="muted small">{RULE_EXPLANATIONS[finding.rule]}</p>
        <p>
          <strong>{unitLabel(bundle, finding.districtCode, finding.unitType)}</strong>
          {finding.indicator ? ` · ${indicatorLabel(bundle, finding.indicator)}` : ''}
        </p>
        <p>{finding.message}</p>
        <RadioGroup label="Cách xử lý" selectedValue={action} onChange={(e) => setAction(e.currentTarget.value as SettleAction)}>
          <Radio value="accept" label="Chấp nhận số liệu như báo cáo" />
          {cells.length ? <Radio value="correct" label="Sửa số liệu (số gốc trong báo cáo được giữ nguyên, số sửa ghi kèm người sửa, lý do)" /> : null}
          <Radio value="explain" label="Giải trình (ghi rõ lý do)" />
        </RadioGroup>
        {action === 'accept' && finding.rule === 'R6' && numeric.length ? (
          <RadioGroup label="Số liệu dùng cho huyện (hoạt động chung chỉ tính một lần)" selectedValue={String(chosen)} onChange={(e) => setChosen(Number(e.currentTarget.value))} inline>
            {numeric.map(([k, v]) => (
              <Radio key={k} value={String(v)} label={`${isUnitType(k) ? unitTypeLabel(k) : k}: ${formatNumber(v)}`} />
            ))}
          </RadioGroup>
        ) : null}
        {action === 'correct' ? (
          <HTMLTable compact className="data-table">
            <thead>
              <tr>
                <th>Ô số liệu</th>
                <th className="num">Số hiện tại</th>
                <th>Số mới (để trống nếu giữ nguyên)</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => {
                const key = `${c.reportId}|${c.indicator}|${c.field}`;
                return (
                  <tr key={key}>
                    <td>
                      {c.indicator} – {c.field === 'period' ? 'Thực hiện trong kỳ' : 'Lũy kế từ đầu năm'} ({unitOfReport(c.reportId)})
                    </td>
                    <td className="num">{formatNumber(currentValue(c.reportId, c.indicator, c.field)) || '—'}</td>
                    <td>
                      <InputGroup aria-label={`Số mới ${c.indicator} ${c.field === 'period' ? 'trong kỳ' : 'lũy kế'} ${unitOfReport(c.reportId)}`} value={newValues[key] ?? ''} onChange={(e) => setNewValues({ ...newValues, [key]: e.currentTarget.value })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </HTMLTable>
        ) : null}
        <FormGroup label={action === 'accept' ? 'Ghi chú (không bắt buộc)' : 'Lý do, nội dung giải trình (bắt buộc)'} labelFor="settle-note">
          <TextArea id="settle-note" fill autoResize value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </FormGroup>
        {history.length ? (
          <details>
            <summary>Lịch sử số liệu{first ? ` ${first.indicator}` : ''}</summary>
            <ul className="reconcile-history">
              {history.map((h, i) => (
                <li key={i}>
                  {formatDateTime(h.at)} · {historyUnits.length > 1 ? `${unitTypeLabel(h.unit)} · ` : ''}
                  {h.kind === 'import' ? `nhập tệp "${h.fileName}" (phiên bản ${h.version})` : h.kind === 'correction' ? `sửa (${h.by})` : `bỏ số đã sửa, mở lại (${h.by})`} · {h.field === 'period' ? 'trong kỳ' : 'lũy kế'}:{' '}
                  {h.kind === 'import' ? '' : `${formatNumber(h.oldValue)} → `}
                  {formatNumber(h.value) || '—'}
                  {h.reason ? ` · ${h.reason}` : ''}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <ErrorCallout error={save.error} />
      </DialogBody>
      <ConfirmFooter label="Ghi nhận" icon="tick" saving={save.saving} onCancel={onClose} onConfirm={() => void submit()} />
    </Dialog>
  );
}
