import { Spinner } from '@blueprintjs/core';

export const Loading = () => (
  <div className="loading" aria-busy="true">
    <Spinner size={24} /> <span>Đang tải…</span>
  </div>
);
