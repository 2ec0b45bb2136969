import fs from 'node:fs';
import path from 'node:path';
import { SEED_DIR } from '../../electron/node-paths';
import { startServices } from '../../electron/runtime';
import { createNodeParser } from '../../electron/import/node-parser';
import type { FindingView } from '../../shared/domain/reconcile';
import { cli } from '../helpers/cli';
import { dumpAll, importQuarter, quarterFiles } from '../unit/exchange/helpers';
import { screenshot, startBridge, test, expect, watchPage } from './bridge';

test.use({ viewport: { width: 1366, height: 768 } });

/** Đức Phổ's R6 on GN05 in Q1: A (Phòng Chính trị) takes the Command's figure, B the Board's. */
const KEY_534 = 'R6|2021-Q1|534|*|GN05|period';

async function ok<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function settle534(db: string, section: 'QS' | 'BDV', note: string): Promise<number> {
  const s = await startServices({ dbPath: db, seedDir: SEED_DIR, shell: 'web', version: 'e2e', log: () => {}, parser: createNodeParser() });
  try {
    if (section === 'QS') await ok(s.dispatch('exchange.saveSettings', { section }));
    const view = await ok<{ findings: FindingView[] }>(s.dispatch('reconcile.run', { period: '2021-Q1' }));
    const f = view.findings.find((x) => x.key === KEY_534)!;
    const value = Number(f.values[section]);
    await ok(s.dispatch('reconcile.settle', { period: '2021-Q1', key: KEY_534, action: 'accept', note, chosenValue: value }));
    return value;
  } finally {
    await s.close();
  }
}

test('Trao đổi dữ liệu: B previews and imports A’s package, chooses A’s version of a conflict in Đối chiếu, and refuses a changed byte', async ({ page, dataDir }) => {
  test.setTimeout(240_000);
  const dbA = path.join(dataDir, 'phong-chinh-tri.db');
  const dbB = path.join(dataDir, 'phong-dan-van.db');
  // B lacks three of A's workbooks: they are the reports new to B.
  const q1 = quarterFiles(1);
  await importQuarter(dbA, q1, '2021-03-19');
  await importQuarter(dbB, q1.filter((f) => !/BCHQS (Nghia Hanh|Son Tay)|BDV Tra Bong/.test(f)), '2021-03-19');
  const theirs = await settle534(dbA, 'QS', 'Theo sổ cấp phát của Ban CHQS');
  const vi = (n: number) => n.toLocaleString('vi-VN');
  const ours = await settle534(dbB, 'BDV', 'Theo báo cáo của Ban Dân vận');
  expect(ours).not.toBe(theirs);
  const pkg = path.join(dataDir, 'Trao đổi dữ liệu năm 2021 - Phòng Chính trị.pdvtd');
  const exported = await cli(['exchange', 'export', '--year', '2021', '--out', pkg, '--db', dbA, '--json']);
  expect(exported.code, exported.err).toBe(0);

  const bridge = await startBridge(dbB);
  try {
    const problems = await watchPage(page);
    await page.goto(bridge.server.url);
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('tab', { name: 'Trao đổi dữ liệu' }).click();

    // The section is a required choice before the first export.
    await expect(page.getByRole('button', { name: 'Xuất gói' })).toBeDisabled();
    // Saved at once: the radio turns on once this PC's section is stored.
    await page.getByText('Phòng Dân vận Chính quyền và Đoàn thể', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Phòng Dân vận Chính quyền và Đoàn thể' })).toBeChecked();
    await page.getByRole('button', { name: 'Xuất gói' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu tệp' });
    await expect(saved).toContainText('Trao đổi dữ liệu năm 2021 - Phòng Dân vận Chính quyền và Đoàn thể');
    await expect(saved.getByRole('button', { name: 'Tải về' })).toBeVisible();
    await screenshot(page, 'trao-doi-xuat');

    // The preview: who sent it, and the counts, before anything is written.
    const before = dumpAll(dbB);
    await page.getByLabel('Chọn tệp gói trao đổi').setInputFiles(pkg);
    await expect(page.getByRole('heading', { name: 'Xem trước gói' })).toBeVisible();
    const facts = page.locator('.exchange-preview .facts');
    await expect(facts).toContainText('Phòng Chính trị');
    await expect(facts).toContainText('Không ký');
    const counts = page.getByRole('list', { name: 'Tóm tắt gói' });
    await expect(counts.getByRole('listitem').filter({ hasText: 'Báo cáo mới với máy này' })).toHaveText('3 Báo cáo mới với máy này');
    await expect(counts.getByRole('listitem').filter({ hasText: 'Xử lý khác máy này' })).toHaveText('1 Xử lý khác máy này');
    const settlements = page.getByRole('table', { name: 'Xử lý điểm chênh lệch trong gói' });
    await expect(settlements.getByRole('row').filter({ hasText: 'Đức Phổ' })).toContainText('Khác máy này: cần chọn');
    await expect(settlements.getByRole('row').filter({ hasText: 'Đức Phổ' })).toContainText(`Chấp nhận, lấy số ${vi(theirs)}`);
    expect(dumpAll(dbB)).toEqual(before);
    await screenshot(page, 'trao-doi-xem-truoc');

    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    const result = page.getByRole('status').filter({ hasText: 'Đã nhập gói của Phòng Chính trị' });
    await expect(result).toContainText('3 báo cáo được ghi vào máy này');
    await expect(result).toContainText(/truoc-trao-doi-.*\.db/);
    await expect(page.getByText('1 điểm khác với máy này được giữ lại để chọn')).toBeVisible();
    await screenshot(page, 'trao-doi-ket-qua');
    const reports = (db: string) => (dumpAll(db).reports as unknown[]).length;
    expect(reports(dbB)).toBe(reports(dbA));

    // Đối chiếu: the conflict above the findings, both versions side by side, then the choice.
    await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption('2021-Q1');
    const conflict = page.getByRole('group', { name: /^Khác với bên Phòng Chính trị: R6/ });
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText('Đức Phổ');
    await expect(conflict.getByRole('region', { name: 'Bản của máy này' })).toContainText(`Chấp nhận, lấy số ${vi(ours)}`);
    await expect(conflict.getByRole('region', { name: 'Bản của máy này' })).toContainText('Theo báo cáo của Ban Dân vận');
    await expect(conflict.getByRole('region', { name: 'Bản của Phòng Chính trị' })).toContainText(`Chấp nhận, lấy số ${vi(theirs)}`);
    await expect(conflict.getByRole('region', { name: 'Bản của Phòng Chính trị' })).toContainText('Theo sổ cấp phát của Ban CHQS');
    await expect(page.getByRole('region', { name: 'Khác với bên Phòng Chính trị' })).toContainText('1 điểm chênh lệch được xử lý khác nhau');
    await screenshot(page, 'doi-chieu-khac-ben-kia');

    await conflict.getByRole('button', { name: 'Dùng bản của bên kia' }).click();
    await expect(conflict).toHaveCount(0);
    const resolved = page.getByRole('group', { name: /^Đã chọn: R6/ });
    await expect(resolved).toContainText('Đã dùng bản của bên kia');
    await expect(page.getByRole('region', { name: 'Khác với bên Phòng Chính trị' })).toContainText('đã được chọn xong');
    // The findings list was read again: Đức Phổ's R6 now carries A's figure.
    const finding = page.getByRole('table', { name: 'Các điểm chênh lệch' }).getByRole('row').filter({ hasText: 'R6' }).filter({ hasText: 'Đức Phổ' }).filter({ hasText: 'GN05' }).filter({ hasText: 'cột thực hiện trong kỳ' });
    await expect(finding.first()).toContainText(`lấy số ${vi(theirs)}`);
    const row = await bridge.services.ctx.db.selectFrom('exchange_conflicts').select(['choice']).executeTakeFirstOrThrow();
    expect(row.choice).toBe('theirs');

    // A package with one byte changed is refused, its message shown, and B unchanged.
    const bytes = fs.readFileSync(pkg);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    const tampered = path.join(dataDir, 'goi-bi-sua.pdvtd');
    fs.writeFileSync(tampered, bytes);
    const settled = dumpAll(dbB);
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('tab', { name: 'Trao đổi dữ liệu' }).click();
    await page.getByLabel('Chọn tệp gói trao đổi').setInputFiles(tampered);
    const refused = page.getByRole('alert').filter({ hasText: 'Không nhận gói này' });
    await expect(refused).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Xem trước gói' })).toHaveCount(0);
    await screenshot(page, 'trao-doi-tu-choi');
    expect(dumpAll(dbB)).toEqual(settled);
    expect(problems).toEqual([]);
  } finally {
    await bridge.close();
  }
});
