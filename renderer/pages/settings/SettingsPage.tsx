import { Tab, Tabs } from '@blueprintjs/core';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { AuditTab } from './AuditTab';
import { DataTab } from './DataTab';
import { DocumentSettingsTab } from './DocumentSettingsTab';
import { ExchangeTab } from './ExchangeTab';
import { ReconcileSettingsTab } from './ReconcileSettingsTab';

export function SettingsPage() {
  const [tab, setTab] = useState('van-ban');
  return (
    <>
      <PageHeader title="Cài đặt" />
      <Tabs id="settings-tabs" selectedTabId={tab} onChange={(t) => setTab(String(t))} renderActiveTabPanelOnly large>
        <Tab id="van-ban" title="Thiết lập văn bản" panel={<DocumentSettingsTab />} />
        <Tab id="doi-chieu" title="Đối chiếu" panel={<ReconcileSettingsTab />} />
        <Tab id="du-lieu" title="Dữ liệu và sao lưu" panel={<DataTab />} />
        <Tab id="trao-doi" title="Trao đổi dữ liệu" panel={<ExchangeTab />} />
        <Tab id="nhat-ky" title="Nhật ký thay đổi" panel={<AuditTab />} />
      </Tabs>
    </>
  );
}
