import { Button, Callout, Card, HTMLTable, ProgressBar, Tag } from '@blueprintjs/core';
import { useEffect, useRef, useState } from 'react';
import { IMPORT_STATUS_LABELS, type SavedReport, type StagedFile } from '../../../shared/domain/import';
import { periodTitle } from '../../../shared/domain/periods';
import type { PlanBundle } from '../../../shared/domain/plan';
import { localIsoDate } from '../../../shared/dates';
import { MAX_BATCH_FILES, MAX_FILE_BYTES } from '../../../shared/limits';
import type { AppErrorBody } from '../../../shared/result';
import { api } from '../../api/client';
import { errorGuide } from '../../api/error-guide';
import { DateField } from '../../components/fields';
import { STATUS_INTENT, UNIT_TYPE_LABELS } from './labels';
import { ReceivedCell } from './ReceivedCell';
import { ReportPreview } from './ReportPreview';
import { filesFromDrop, filesFromFolderInput, toBase64 } from './read-files';

export interface Row {
  id: number;
  fileName: string;
  phase: 'waiting' | 'reading' | 'done';
  staged: StagedFile | null;
  error: AppErrorBody | null;
  receivedDate: string;
  /** True once the clerk set this file's own date; otherwise the row follows the batch date. */
  dateChosen: boolean;
  /** The file's modified day (File.lastModified), offered as a received date. */
  fileModified: string | null;
  saved: SavedReport | null;
}

const SAVABLE: readonly StagedFile['status'][] = ['accepted', 'new_version', 'superseded', 'duplicate'];
const canSave = (r: Row) => !r.saved && !!r.staged && SAVABLE.includes(r.staged.status);
const slotOf = (r: Row) => (r.staged?.resolved ? `${r.staged.resolved.period}/${r.staged.resolved.districtCode}-${r.staged.resolved.unitType}` : null);

/** Files of the same unit and period stand together, in the order they were added otherwise. */
function grouped(rows: Row[]): Row[] {
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = slotOf(r);
    if (k && !first.has(k)) first.set(k, i);
  });
  const at = (r: Row, i: number) => first.get(slotOf(r) ?? '') ?? i;
  return rows.map((r, i) => ({ r, i, g: at(r, i) })).sort((a, b) => a.g - b.g || a.i - b.i).map((x) => x.r);
}

/** onStaged: the periods of the files read and not yet saved, each time they change (the page follows them). */
export function ImportBatch({ bundle, onSaved, onStaged }: { bundle: PlanBundle; onSaved(periods: string[]): void; onStaged?(periods: string[]): void }) {
  const [rows, setRows] = useState<Row[]>([]);
  const stagedKey = rows
    .filter((r) => !r.saved && r.staged?.resolved)
    .map((r) => r.staged!.resolved!.period)
    .join(',');
  useEffect(() => onStaged?.(stagedKey ? stagedKey.split(',') : []), [stagedKey]);
  const [receivedDate, setReceivedDate] = useState(localIsoDate());
  const [open, setOpen] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const nextId = useRef(1);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const update = (id: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  async function addFiles(files: File[]) {
    setNotice(null);
    const room = MAX_BATCH_FILES - rows.length;
    if (files.length > room) setNotice(`Mỗi lần nhập tối đa ${MAX_BATCH_FILES} tệp; ${files.length - Math.max(room, 0)} tệp sau không được nạp.`);
    const added = files.slice(0, Math.max(room, 0)).map((f) => ({ file: f, row: { id: nextId.current++, fileName: f.name, phase: 'waiting' as const, staged: null, error: null, receivedDate, dateChosen: false, fileModified: f.lastModified ? localIsoDate(new Date(f.lastModified)) : null, saved: null } }));
    setRows((rs) => [...rs, ...added.map((a) => a.row)]);
    // One file at a time: the parser works in its own process, and the progress bar stays honest.
    for (const { file, row } of added) {
      update(row.id, { phase: 'reading' });
      if (file.size > MAX_FILE_BYTES) {
        update(row.id, { phase: 'done', error: { code: 'limit_exceeded', message: 'Tệp quá lớn (tối đa 20 MB): không phải báo cáo của đơn vị.' } });
        continue;
      }
      const r = await api['import.stage']({ fileName: file.name, dataBase64: await toBase64(file), year: bundle.plan.year });
      update(row.id, r.ok ? { phase: 'done', staged: r.value } : { phase: 'done', error: r.error });
    }
    await refresh();
  }

  /** Which file of a unit counts depends on the whole batch: ask again once every file is read. */
  async function refresh(): Promise<void> {
    // The rows as React holds them now (the last stage's update may not have rendered yet); the updater changes nothing.
    const current = await new Promise<Row[]>((resolve) => setRows((rs) => (resolve(rs), rs)));
    const waiting = current.filter((r) => r.staged && !r.saved && r.staged.status !== 'rejected');
    if (!waiting.length) return;
    const r = await api['import.refresh']({ items: waiting.map((w) => ({ stagingId: w.staged!.stagingId, receivedDate: w.receivedDate })) });
    if (!r.ok) return setNotice(r.error.message);
    const byId = new Map(r.value.map((v) => [v.stagingId, v]));
    setRows((rs) => rs.map((row) => (row.staged && byId.has(row.staged.stagingId) ? { ...row, staged: byId.get(row.staged.stagingId)! } : row)));
  }

  /** Which file of a unit counts depends on the dates: statuses are asked again after a change. */
  async function setRowDate(row: Row, date: string) {
    update(row.id, { receivedDate: date, dateChosen: true });
    await refresh();
  }

  async function setBatchDate(date: string) {
    setReceivedDate(date);
    setRows((rs) => rs.map((r) => (r.saved || r.dateChosen ? r : { ...r, receivedDate: date })));
    await refresh();
  }

  async function choose(row: Row) {
    const r = await api['import.choose']({ stagingId: row.staged!.stagingId, use: 'current' });
    if (!r.ok) return setNotice(r.error.message);
    update(row.id, { staged: r.value, error: null });
    await refresh();
  }

  async function saveAll() {
    setSaving(true);
    let count = 0;
    let tied = false;
    const savedPeriods: string[] = [];
    // Older files of a unit first, so that each newer one replaces it on the way (the end is the same in any order).
    const order = [...rows.filter(canSave)].sort((a, b) => Number(b.staged?.status === 'superseded') - Number(a.staged?.status === 'superseded'));
    for (const row of order) {
      const r = await api['import.save']({ stagingId: row.staged!.stagingId, receivedDate: row.receivedDate });
      if (r.ok) {
        count++;
        savedPeriods.push(r.value.identity.period);
      }
      update(row.id, r.ok ? { saved: r.value } : { error: r.error });
      if (!r.ok && r.error.code === 'needs_confirmation') tied = true;
    }
    setSaving(false);
    setNotice(`Đã lưu ${count} báo cáo.`);
    onSaved(savedPeriods);
    // Two files of a unit that cannot be told apart (another file of it arrived meanwhile): ask again, so the rows offer the choice.
    if (tied) await refresh();
  }

  async function drop(row: Row) {
    if (row.staged && !row.saved) await api['import.drop']({ stagingId: row.staged.stagingId });
    setRows((rs) => rs.filter((r) => r.id !== row.id));
    await refresh();
  }

  const done = rows.filter((r) => r.phase === 'done').length;
  const busy = rows.some((r) => r.phase !== 'done');
  const ready = rows.filter(canSave).length;
  const openRow = rows.find((r) => r.id === open) ?? null;
  const earliest = bundle.periods.map((p) => p.windowStart).sort()[0] ?? null;

  return (
    <Card className="import-batch">
      <div
        className={`import-dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={async (e) => {
          e.preventDefault();
          setDragging(false);
          await addFiles(await filesFromDrop(e.dataTransfer.items));
        }}
      >
        <p>
          <strong>Kéo thả các tệp báo cáo hoặc cả thư mục vào đây</strong>
        </p>
        <div className="inline-controls">
          <Button icon="document-open" onClick={() => fileInput.current?.click()}>
            Chọn tệp…
          </Button>
          <Button icon="folder-open" onClick={() => folderInput.current?.click()}>
            Chọn thư mục…
          </Button>
          <DateField label="Ngày nhận chung của đợt" value={receivedDate} onChange={(v) => v && v !== receivedDate && void setBatchDate(v)} />
        </div>
        <input ref={fileInput} type="file" multiple hidden accept=".xlsx,.xlsm,.xls,.ods" aria-label="Chọn tệp báo cáo" onChange={(e) => e.currentTarget.files && void addFiles([...e.currentTarget.files])} />
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label="Chọn thư mục báo cáo"
          {...{ webkitdirectory: '' }}
          onChange={(e) => e.currentTarget.files && void addFiles(filesFromFolderInput(e.currentTarget.files))}
        />
      </div>
      {rows.length ? (
        <>
          <div className="import-progress-line" aria-live="polite">
            <ProgressBar value={rows.length ? done / rows.length : 0} intent={busy ? 'primary' : 'success'} stripes={busy} animate={busy} />
            <span>
              Đã đọc {done}/{rows.length} tệp
            </span>
          </div>
          <HTMLTable compact className="data-table" aria-label="Các tệp đang nhập">
            <thead>
              <tr>
                <th>Tệp</th>
                <th>Trạng thái</th>
                <th>Đơn vị, kỳ báo cáo</th>
                <th>Ghi chú</th>
                <th>Ngày nhận</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {grouped(rows).map((r) => (
                <BatchRow key={r.id} row={r} bundle={bundle} earliest={earliest} onDate={(d) => void setRowDate(r, d)} onOpen={() => setOpen(r.id)} onDrop={() => void drop(r)} onChoose={() => void choose(r)} />
              ))}
            </tbody>
          </HTMLTable>
          <div className="inline-controls spaced">
            <Button intent="primary" icon="floppy-disk" disabled={!ready || busy} loading={saving} onClick={() => void saveAll()}>
              Lưu {ready} báo cáo đã sẵn sàng
            </Button>
            <Button icon="cross" disabled={busy || saving} onClick={() => rows.forEach((r) => void drop(r))}>
              Bỏ tất cả
            </Button>
          </div>
        </>
      ) : null}
      {notice ? (
        <Callout className="spaced" intent="primary">
          {notice}
        </Callout>
      ) : null}
      {openRow?.staged ? (
        <ReportPreview
          row={openRow}
          bundle={bundle}
          onClose={() => setOpen(null)}
          onChange={(patch) => {
            update(openRow.id, patch.receivedDate ? { ...patch, dateChosen: true } : patch);
            // A confirmed identity or another received date can change which file of a unit counts.
            void refresh();
          }}
        />
      ) : null}
    </Card>
  );
}

function savedLabel(row: Row, saved: SavedReport): string {
  if (saved.status === 'duplicate') return 'Đã ghi nhận (tệp trùng)';
  if (saved.status === 'superseded' || row.staged?.status === 'superseded') return `Lưu làm lịch sử (phiên bản ${saved.version})`;
  return `Đã lưu (phiên bản ${saved.version})`;
}

function BatchRow({ row, bundle, earliest, onDate, onOpen, onDrop, onChoose }: { row: Row; bundle: PlanBundle; earliest: string | null; onDate(d: string): void; onOpen(): void; onDrop(): void; onChoose(): void }) {
  const s = row.staged;
  const status = row.saved ? row.saved.status : s?.status;
  const who = s?.resolved ?? (s?.identity?.districtCode ? { districtCode: s.identity.districtCode, unitType: s.identity.unitType, period: s.identity.period } : null);
  const district = who ? bundle.districts.find((d) => d.code === who.districtCode) : null;
  return (
    <tr>
      <td className="import-file-name">{row.fileName}</td>
      <td>
        {row.phase !== 'done' ? (
          <Tag minimal>{row.phase === 'reading' ? 'Đang đọc…' : 'Chờ'}</Tag>
        ) : row.error ? (
          <Tag intent={errorGuide(row.error).intent}>{errorGuide(row.error).short}</Tag>
        ) : status ? (
          <Tag intent={STATUS_INTENT[status]}>{row.saved ? savedLabel(row, row.saved) : IMPORT_STATUS_LABELS[status]}</Tag>
        ) : null}
        {!row.saved && s?.sameSlot ? (
          <Tag minimal className="same-slot" intent={s.sameSlot.counts ? 'success' : 'none'} title={`Cùng đơn vị, kỳ với: ${s.sameSlot.files.join(', ')}`}>
            {s.sameSlot.counts ? 'Bản dùng làm số liệu' : 'Cùng đơn vị, kỳ'}
          </Tag>
        ) : null}
      </td>
      <td>
        {who && district ? (
          <>
            {who.unitType ? UNIT_TYPE_LABELS[who.unitType] : '?'} {district.name}
            {who.period ? ` – ${periodTitle(who.period)}` : ''}
          </>
        ) : null}
      </td>
      <td className="import-reason">{row.error?.message ?? s?.reason?.message ?? (s?.findings.length ? `${s.findings.length} ghi chú khi đọc` : '')}</td>
      <td>
        <ReceivedCell row={row} earliest={earliest} onChange={onDate} />
      </td>
      <td className="import-row-actions">
        {!row.saved && s?.reason?.code === 'version_unclear' ? (
          <Button size="small" intent="primary" icon="tick" onClick={onChoose} aria-label={`Dùng ${row.fileName} làm số liệu`}>
            Dùng bản này
          </Button>
        ) : null}
        {s && s.status !== 'rejected' ? (
          <Button size="small" icon="eye-open" onClick={onOpen} aria-label={`Xem ${row.fileName}`}>
            Xem
          </Button>
        ) : null}
        {!row.saved ? <Button size="small" variant="minimal" icon="cross" onClick={onDrop} aria-label={`Bỏ ${row.fileName}`} /> : null}
      </td>
    </tr>
  );
}
