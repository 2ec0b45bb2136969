import type { IconName } from '@blueprintjs/core';

export type PageId = 'tong-quan' | 'nhap-bao-cao' | 'doi-chieu' | 'van-ban' | 'danh-muc' | 'cai-dat';

export const PAGES: { id: PageId; title: string; icon: IconName }[] = [
  { id: 'tong-quan', title: 'Tổng quan', icon: 'dashboard' },
  { id: 'nhap-bao-cao', title: 'Nhập báo cáo', icon: 'import' },
  { id: 'doi-chieu', title: 'Đối chiếu', icon: 'comparison' },
  { id: 'van-ban', title: 'Văn bản', icon: 'document' },
  { id: 'danh-muc', title: 'Danh mục', icon: 'th-list' },
  { id: 'cai-dat', title: 'Cài đặt', icon: 'cog' },
];

export const pageFromHash = (hash: string): PageId => {
  const id = hash.replace(/^#\/?/, '');
  return PAGES.some((p) => p.id === id) ? (id as PageId) : 'tong-quan';
};
