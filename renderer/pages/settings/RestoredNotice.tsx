import { Callout } from '@blueprintjs/core';
import type { RestoreInfo } from '../../../shared/domain/app';
import { formatDateTime, formatNumber } from '../../format';

/** After a restore the page stays here and says what came back, and from when. */
export function RestoredNotice({ info }: { info: RestoreInfo }) {
  return (
    <Callout intent="success" icon="history" title="Đã khôi phục dữ liệu" className="spaced" role="status">
      <p>
        Dữ liệu hiện là bản sao lưu “{info.backupName}” ghi lúc {formatDateTime(info.backupCreatedAt)}:{' '}
        {info.reports > 0
          ? `${formatNumber(info.reports)} báo cáo đang dùng, lần nhập gần nhất lúc ${formatDateTime(info.latestImport!)}.`
          : 'chưa có báo cáo nào được nhập.'}
      </p>
      {info.keptAside ? <p>Dữ liệu trước khi khôi phục được giữ lại thành bản “{info.keptAside.split(/[\\/]/).pop()}” trong danh sách dưới đây.</p> : null}
      {info.migrated.length > 0 ? <p>Bản sao lưu được nâng cấp lên cấu trúc dữ liệu hiện tại ({formatNumber(info.migrated.length)} bước).</p> : null}
    </Callout>
  );
}
