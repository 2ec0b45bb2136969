import { Button, Callout, Card } from '@blueprintjs/core';
import { useEffect, useRef, useState } from 'react';
import { PACKAGE_EXTENSION, type ExchangeImportResult, type ExchangePreview } from '../../../../shared/domain/exchange';
import { MAX_FILE_BYTES } from '../../../../shared/limits';
import type { PlanBundle } from '../../../../shared/domain/plan';
import { api } from '../../../api/client';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { useSave } from '../../../components/use-save';
import { formatNumber } from '../../../format';
import { toBase64 } from '../../import/read-files';
import { PreviewView } from './PreviewView';

interface Picked {
  fileName: string;
  dataBase64: string;
}

/**
 * The other section's package: picked (or dropped) like a workbook on Nhập báo cáo, shown as a
 * preview that writes nothing, then imported on the clerk's word.
 */
export function ImportCard({ bundle }: { bundle: PlanBundle }) {
  const input = useRef<HTMLInputElement>(null);
  const read = useSave();
  const apply = useSave();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ExchangePreview | null>(null);
  const [result, setResult] = useState<ExchangeImportResult | null>(null);
  const [dragging, setDragging] = useState(false);
  const year = bundle.plan.year;
  const shown = useRef<HTMLDivElement>(null);
  // At 1366×768 the preview and the result open below the fold: bring them up as they arrive.
  useEffect(() => {
    if (preview || result) shown.current?.scrollIntoView({ block: 'start' });
  }, [preview, result]);

  async function pick(file: File | undefined) {
    if (!file) return;
    setPicked(null);
    setPreview(null);
    setResult(null);
    apply.clear();
    if (file.size > MAX_FILE_BYTES) {
      await read.run(async () => ({ ok: false, error: { code: 'invalid_input', message: `Tệp “${file.name}” quá lớn (tối đa ${formatNumber(MAX_FILE_BYTES / 1024 / 1024)} MB).` } }));
      return;
    }
    const p = { fileName: file.name, dataBase64: await toBase64(file) };
    const r = await read.run(() => api['exchange.preview']({ ...p, year }));
    if (r) {
      setPicked(p);
      setPreview(r);
    }
  }

  return (
    <Card className="form-card" role="region" aria-labelledby="exchange-import-title">
      <h2 id="exchange-import-title">Nhập gói</h2>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void pick(e.dataTransfer.files[0]);
        }}
      >
        <p>Kéo tệp gói “{PACKAGE_EXTENSION}” của phòng kia vào đây, hoặc</p>
        <div className="inline-controls">
          <Button icon="document-open" loading={read.saving} onClick={() => input.current?.click()}>
            Chọn tệp gói…
          </Button>
        </div>
        <input
          ref={input}
          type="file"
          hidden
          accept={PACKAGE_EXTENSION}
          aria-label="Chọn tệp gói trao đổi"
          onChange={(e) => {
            void pick(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <p className="muted">Phần mềm xem trước gói mà chưa ghi gì; chỉ khi bấm “Nhập” dữ liệu mới được ghi, sau khi sao lưu dữ liệu hiện tại.</p>
      <ErrorCallout error={read.error} title="Không nhận gói này" />
      <div ref={shown} />
      {preview && !result ? (
        <>
          <h3>Xem trước gói</h3>
          <PreviewView preview={preview} bundle={bundle} />
          <div className="inline-controls spaced">
            <Button
              icon="import"
              intent="primary"
              loading={apply.saving}
              onClick={async () => {
                const r = await apply.run(() => api['exchange.import']({ ...picked!, year }));
                if (!r) return;
                setResult(r);
              }}
            >
              Nhập
            </Button>
            <Button
              disabled={apply.saving}
              onClick={() => {
                setPreview(null);
                setPicked(null);
              }}
            >
              Hủy
            </Button>
          </div>
          <ErrorCallout error={apply.error} title="Không nhập được gói" />
        </>
      ) : null}
      {result ? <ImportResult result={result} bundle={bundle} /> : null}
    </Card>
  );
}

function ImportResult({ result, bundle }: { result: ExchangeImportResult; bundle: PlanBundle }) {
  if (!result.changes) {
    return (
      <Callout intent="primary" icon="info-sign" role="status" className="spaced" title="Gói này không có gì mới">
        Máy này đã có mọi thứ trong gói “{result.package.fileName}”: không ghi gì.
      </Callout>
    );
  }
  const reports = result.reports.incoming.filter((r) => r.outcome === 'accepted' || r.outcome === 'new_version' || r.outcome === 'superseded').length;
  const settled = result.settlements.filter((s) => s.outcome === 'applied').length;
  const locks = result.locks.filter((l) => l.outcome === 'applied').length;
  const drafts = result.drafts.filter((d) => d.outcome === 'applied').length;
  return (
    <>
      <Callout intent="success" icon="tick-circle" role="status" className="spaced" title={`Đã nhập gói của ${result.package.sectionLabel}`}>
        <ul className="plain-list">
          <li>{formatNumber(reports)} báo cáo được ghi vào máy này</li>
          <li>{formatNumber(settled)} cách xử lý điểm chênh lệch được áp dụng</li>
          <li>{formatNumber(locks)} kỳ được chốt theo gói</li>
          <li>{formatNumber(drafts)} bản thảo văn bản được cập nhật</li>
        </ul>
        {result.backup ? (
          <p>
            Bản sao dữ liệu trước khi nhập: <span className="path">{result.backup}</span>
          </p>
        ) : null}
      </Callout>
      {result.conflicts.length ? (
        <Callout intent="warning" icon="changes" className="spaced">
          {formatNumber(result.conflicts.length)} điểm khác với máy này được giữ lại để chọn: điểm chênh lệch ở trang Đối chiếu (theo kỳ), các điểm khác ở mục “Các điểm khác cần chọn” dưới đây.
        </Callout>
      ) : null}
      <details className="spaced">
        <summary>Chi tiết từng phần</summary>
        <PreviewView preview={result} bundle={bundle} />
      </details>
    </>
  );
}
