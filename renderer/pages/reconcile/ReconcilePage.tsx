import { Button, Callout, Tab, Tabs } from '@blueprintjs/core';
import { useState } from 'react';
import { periodTitle } from '../../../shared/domain/periods';
import type { FindingView } from '../../../shared/domain/reconcile';
import { useQuery } from '../../api/use-query';
import { useAppState } from '../../app/app-state';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PeriodSelect, usePeriod } from '../../components/PeriodSelect';
import { formatDateTime } from '../../format';
import { CompareView } from './CompareView';
import { ExchangeConflicts } from './ExchangeConflicts';
import { BulkSettleDialog } from './BulkSettleDialog';
import { FindingsTable, type BulkAction } from './FindingsTable';
import { ReopenDialog } from './ReopenDialog';
import { LockDialog } from './LockDialog';
import { RulesExplained } from './RulesExplained';
import { SettleDialog } from './SettleDialog';

export function ReconcilePage() {
  const { year, info } = useAppState();
  const bundle = useQuery('plan.get', { year });
  const [period, setChosen] = usePeriod(bundle.data?.periods);
  const data = useQuery('reconcile.run', { period }, { enabled: !!period });
  const [settling, setSettling] = useState<FindingView | null>(null);
  const [reopening, setReopening] = useState<FindingView | null>(null);
  const [bulk, setBulk] = useState<{ findings: FindingView[]; action: BulkAction } | null>(null);
  const [lockDialog, setLockDialog] = useState<'lock' | 'unlock' | null>(null);
  const [tab, setTab] = useState('diem');

  // Another program changed the period (locked it, unlocked it): read everything again.
  const stale = data.reload;

  if (bundle.error) return <ErrorCallout error={bundle.error} />;
  if (!bundle.data) return <Loading />;
  const view = data.data;
  const open = view?.findings.filter((f) => f.status === 'open' && f.severity !== 'info').length ?? 0;

  return (
    <>
      <PageHeader
        title="Đối chiếu"
        subtitle="Các điểm chênh lệch trong báo cáo của kỳ theo quy tắc R1–R9; xử lý từng điểm (chấp nhận, sửa số liệu, giải trình) rồi chốt số liệu."
        actions={<PeriodSelect periods={bundle.data.periods} value={period} onChange={setChosen} />}
      />
      <ErrorCallout error={data.error} />
      <RulesExplained initiallyOpen={info.reportCount === 0} />
      {!view ? (
        <Loading />
      ) : (
        <>
          <Callout intent={view.lock ? 'success' : open ? 'warning' : 'primary'} className="reconcile-lock-banner" icon={view.lock ? 'lock' : 'unlock'}>
            <div className="inline-controls">
              <span>
                {view.lock
                  ? `${periodTitle(period)} đã chốt số liệu lúc ${formatDateTime(view.lock.lockedAt)} (${view.lock.lockedBy}). Kỳ đã chốt không nhận báo cáo mới.`
                  : `${periodTitle(period)}: ${open} điểm chênh lệch chưa xử lý trong tổng số ${view.findings.length}.`}
              </span>
              {view.lock ? (
                <Button icon="unlock" onClick={() => setLockDialog('unlock')}>
                  Mở khóa…
                </Button>
              ) : (
                <Button icon="lock" intent={open ? 'none' : 'primary'} onClick={() => setLockDialog('lock')}>
                  Chốt số liệu…
                </Button>
              )}
            </div>
          </Callout>
          <ExchangeConflicts period={period} findings={view.findings} onResolved={data.reload} />
          <Tabs id="reconcile-tabs" selectedTabId={tab} onChange={(t) => setTab(String(t))} renderActiveTabPanelOnly large>
            <Tab id="diem" title={`Điểm chênh lệch (${view.findings.length})`} panel={<FindingsTable bundle={bundle.data} findings={view.findings} locked={!!view.lock} onSettle={setSettling} onReopen={setReopening} onBulk={(findings, action) => setBulk({ findings, action })} />} />
            <Tab id="so-sanh" title="So sánh Ban Dân vận | Ban CHQS" panel={<CompareView bundle={bundle.data} period={period} />} />
          </Tabs>
        </>
      )}
      {settling ? (
        <SettleDialog
          bundle={bundle.data}
          finding={settling}
          onClose={() => setSettling(null)}
          onDone={() => setSettling(null)}
          onStale={stale}
        />
      ) : null}
      {reopening ? (
        <ReopenDialog
          finding={reopening}
          onClose={() => setReopening(null)}
          onDone={() => setReopening(null)}
          onStale={stale}
        />
      ) : null}
      {bulk ? (
        <BulkSettleDialog
          findings={bulk.findings}
          action={bulk.action}
          onClose={() => setBulk(null)}
          onDone={() => setBulk(null)}
          onStale={stale}
        />
      ) : null}
      {lockDialog ? (
        <LockDialog
          mode={lockDialog}
          period={period}
          openFindings={open}
          onClose={() => setLockDialog(null)}
          onStale={() => {
            setChosen(period);
            stale();
          }}
          onDone={() => {
            setLockDialog(null);
            // Stay on this period: the working period moves on once it is locked, the page must not.
            setChosen(period);
          }}
        />
      ) : null}
    </>
  );
}
