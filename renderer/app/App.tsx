import { Button, HTMLSelect, Icon, Tag } from '@blueprintjs/core';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../api/use-query';
import { ErrorCallout } from '../components/ErrorCallout';
import { Loading } from '../components/Loading';
import { CatalogPage } from '../pages/catalog/CatalogPage';
import { DocumentsPage } from '../pages/documents/DocumentsPage';
import { ImportPage } from '../pages/import/ImportPage';
import { OverviewPage } from '../pages/overview/OverviewPage';
import { ReconcilePage } from '../pages/reconcile/ReconcilePage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { AppStateContext, type AppState } from './app-state';
import { PAGES, pageFromHash, type PageId } from './pages';

const PAGE_COMPONENTS: Record<PageId, () => React.JSX.Element> = {
  'tong-quan': OverviewPage,
  'nhap-bao-cao': ImportPage,
  'doi-chieu': ReconcilePage,
  'van-ban': DocumentsPage,
  'danh-muc': CatalogPage,
  'cai-dat': SettingsPage,
};

export function App() {
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash));
  const [year, setYear] = useState<number | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const info = useQuery('app.info', {});
  const plans = useQuery('plan.list', {});

  useEffect(() => {
    const onHash = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const state: AppState | null = useMemo(() => {
    if (!info.data || !plans.data) return null;
    const current = year ?? info.data.currentYear ?? plans.data[0]?.year ?? new Date().getFullYear();
    return {
      info: info.data,
      plans: plans.data,
      year: current,
      setYear: (y: number) => {
        setYear(y);
        setPeriod(null);
      },
      period,
      setPeriod,
    };
  }, [info.data, plans.data, year, period]);

  if (info.error || plans.error) return <ErrorCallout error={info.error ?? plans.error} title="Không mở được dữ liệu" />;
  if (!state) return <Loading />;
  const Page = PAGE_COMPONENTS[page];

  return (
    <AppStateContext.Provider value={state}>
      <div className="app">
        <aside className="sidebar">
          <div className="brand">
            <Icon icon="people" size={20} />
            <div>
              <strong>Phối hợp Dân vận</strong>
              <small>Ban Dân vận Tỉnh ủy · Bộ CHQS tỉnh</small>
            </div>
          </div>
          <nav aria-label="Điều hướng chính">
            {PAGES.map((p) => (
              <Button
                key={p.id}
                variant="minimal"
                alignText="start"
                fill
                icon={p.icon}
                active={p.id === page}
                aria-current={p.id === page ? 'page' : undefined}
                onClick={() => {
                  window.location.hash = `/${p.id}`;
                }}
              >
                {p.title}
              </Button>
            ))}
          </nav>
          <div className="sidebar-foot">
            <label className="year-select">
              <span>Kế hoạch năm</span>
              <HTMLSelect
                value={state.year}
                onChange={(e) => state.setYear(Number(e.currentTarget.value))}
                options={state.plans.map((p) => ({ value: p.year, label: String(p.year) }))}
                aria-label="Chọn năm kế hoạch"
              />
            </label>
            <div className="user">
              <Icon icon="user" size={12} />{' '}
              {state.info.displayNameSet ? (
                state.info.displayName
              ) : (
                <a href="#/cai-dat" title="Tên này ghi vào nhật ký thay đổi và văn bản: hãy đặt ở Cài đặt → Dữ liệu và sao lưu">
                  Chưa đặt tên người dùng
                </a>
              )}
              {state.info.shell === 'web' ? <Tag minimal>trình duyệt</Tag> : null}
            </div>
          </div>
        </aside>
        <main className="content">
          <Page />
        </main>
      </div>
    </AppStateContext.Provider>
  );
}
