import { Button, Callout } from '@blueprintjs/core';
import type { SavedFiles } from '../../shared/domain/app';
import { formatNumber } from '../format';
import { api, fileAccess } from '../api/client';
import { ErrorCallout } from './ErrorCallout';
import { useSave } from './use-save';

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/**
 * What an export made and the way to it: "Mở tệp" / "Mở thư mục" on the desktop (only for the
 * product's output folder, which the main process checks again), "Tải về" in the browser.
 */
export function SavedFilesResult({ saved, noun = 'tệp' }: { saved: SavedFiles; noun?: string }) {
  const action = useSave();
  if (!saved.path) return null;
  const single = saved.files.length === 1 ? saved.files[0]! : null;
  const what = single ? `Đã lưu tệp “${baseName(single)}”` : `Đã lưu ${formatNumber(saved.count)} ${noun} vào thư mục “${baseName(saved.path)}”`;
  return (
    <Callout intent="success" className="spaced saved-result" role="status">
      <p>
        {what}. <span className="path">{saved.path}</span>
      </p>
      {fileAccess.kind === 'open' ? (
        saved.inOutputFolder ? (
          <div className="inline-controls">
            {single ? (
              <Button icon="document-open" intent="primary" loading={action.saving} onClick={() => action.run(() => api['files.open']({ path: single }))}>
                Mở tệp
              </Button>
            ) : null}
            <Button icon="folder-open" loading={action.saving} onClick={() => action.run(() => api['files.open'](single ? { path: single, reveal: true } : { path: saved.path! }))}>
              Mở thư mục
            </Button>
          </div>
        ) : (
          <p className="muted">Tệp được lưu ngoài thư mục xuất của phần mềm, nên phần mềm không mở nó: hãy mở bằng trình quản lý tệp.</p>
        )
      ) : (
        <DownloadLinks files={saved.files} download={fileAccess.download} run={action.run} />
      )}
      <ErrorCallout error={action.error} />
    </Callout>
  );
}

function DownloadLinks({ files, download, run }: { files: string[]; download(file: string): ReturnType<typeof api['files.open']>; run: ReturnType<typeof useSave>['run'] }) {
  if (files.length === 1) {
    return (
      <Button icon="download" intent="primary" onClick={() => run(() => download(files[0]!))}>
        Tải về
      </Button>
    );
  }
  return (
    <ul className="download-list" aria-label="Tải về từng tệp">
      {files.map((f) => (
        <li key={f}>
          <Button variant="minimal" size="small" icon="download" onClick={() => run(() => download(f))}>
            Tải về “{baseName(f)}”
          </Button>
        </li>
      ))}
    </ul>
  );
}
