import fs from 'node:fs';
import path from 'node:path';
import type { ReconcileView } from '../../shared/domain/reconcile';
import { cleanDataSet } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { screenshot, test, expect, watchPage } from './bridge';

const SAMPLES = path.resolve(import.meta.dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(path.join(SAMPLES, name)) });

test.use({ viewport: { width: 1366, height: 768 } });

test('Tổng quan: the charts are SVG drawn by ECharts under the strict CSP, with their numbers in a table', async ({ page, bridge }) => {
  const ds = cleanDataSet({ historyYears: 0 });
  // Quý IV is not in: its bars show the units missing.
  ds.reports = ds.reports.filter((r) => r.period !== '2021-Q4');
  await storeDataSet(bridge.services.ctx, ds);
  const problems = await watchPage(page);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith('CSP:')) violations.push(m.text());
  });
  await page.goto(bridge.server.url);
  await page.getByLabel('Kỳ báo cáo').selectOption('2021-Q2');

  const submission = page.locator('figure[data-chart="submission"]');
  await expect(submission.locator('figcaption')).toHaveText('Tình hình gửi báo cáo theo quý (26 đơn vị báo cáo mỗi quý)');
  await expect(submission.locator('svg')).toHaveCount(1);
  // The quarter labels on the axis, and the counts the services give, quarter by quarter, in the table.
  for (const q of ['Quý I', 'Quý II', 'Quý III', 'Quý IV']) await expect(submission.locator('svg text', { hasText: new RegExp(`^${q}$`) })).toHaveCount(1);
  const rows = submission.locator('table tbody tr');
  await expect(rows).toHaveCount(4);
  let quartersWithOnTime = 0;
  for (const [n, q] of ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'].entries()) {
    const r = await bridge.services.dispatch('reconcile.run', { period: q });
    if (!r.ok) throw new Error(r.error.message);
    const c = (r.value as ReconcileView).completeness;
    const onTime = c.filter((x) => x.status === 'on_time').length;
    const late = c.filter((x) => x.status === 'late').length;
    const missing = c.filter((x) => x.status === 'missing').length;
    if (onTime) quartersWithOnTime++;
    // A past year: every missing unit is past its deadline.
    await expect(rows.nth(n).locator('th')).toHaveText(`Quý ${['I', 'II', 'III', 'IV'][n]}`);
    await expect(rows.nth(n).locator('td')).toHaveText([onTime, late, missing, 0].map(String));
  }
  expect(quartersWithOnTime).toBe(3);
  // Each of the four states has one bar per quarter (a zero one flat), plus its legend mark.
  for (const colour of ['#238551', '#c87619', '#cd4246', '#abb3bf']) await expect(submission.locator(`svg path[fill="${colour}"]`)).toHaveCount(4 + 1);

  // Clean Quý II: nothing to draw, and the chart says so instead of an empty axis (issue 11, fixups 6).
  const findings = page.locator('figure[data-chart="findings"]');
  await expect(findings).toContainText('Kỳ này không có điểm chênh lệch.');
  await expect(findings.locator('svg')).toHaveCount(0);

  // Quý II against Quý I, one chart per content area; no 2020 data, so no "cùng kỳ năm trước".
  const areas = page.locator('figure[data-chart^="area-"]');
  await expect(areas).toHaveCount(6);
  await expect(areas.first().locator('figcaption')).toHaveText(/^1\. .*: thay đổi so với kỳ trước \(Quý I năm 2021\)$/);
  await expect(areas.first().locator('svg')).toHaveCount(1);
  await expect(areas.first().locator('table tbody tr').first()).toContainText(/TT01.*(\+|-)?[\d,.]+%|không so được/);

  await page.locator('.overview-charts').scrollIntoViewIfNeeded();
  await screenshot(page, 'tong-quan-bieu-do');
  await findings.scrollIntoViewIfNeeded();
  await screenshot(page, 'tong-quan-khong-co-chenh-lech');

  // Quý IV has 26 units missing (R1): the chart draws them, rule by rule.
  await page.getByLabel('Kỳ báo cáo').selectOption('2021-Q4');
  await expect(findings.locator('svg')).toHaveCount(1);
  await expect(findings).not.toContainText('Kỳ này không có điểm chênh lệch.');
  for (const rule of ['R1', 'R5', 'R9']) await expect(findings.locator('svg text', { hasText: new RegExp(`^${rule}$`) })).toHaveCount(1);
  await expect(findings.locator('table tbody tr')).toHaveCount(9);
  await expect(findings.locator('table tbody tr').first()).toContainText(/R1.*[1-9]/);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('keyboard: Esc closes a dialog, an alert and a drawer; Enter saves an edit dialog; focus is visible', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Danh mục' }).click();
  await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();

  await page.getByRole('button', { name: 'Sửa TT07' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Sửa TT07' }).click();
  const unit = dialog.getByLabel('Đơn vị tính');
  await unit.fill('tin, bài');
  // The ring is drawn on the focused field: 3px solid, whatever Blueprint's own style.
  expect(await unit.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth)).toBe('solid 3px');
  await unit.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'TT07' })).toContainText('tin, bài');

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Dữ liệu và sao lưu' }).click();
  await page.getByRole('button', { name: 'Khôi phục' }).first().click();
  const alert = page.getByRole('alertdialog');
  await expect(alert).toBeVisible();
  // Blueprint hears Esc from inside the opened alert; a test's Esc can come before focus has moved in, so it starts from the alert's own button.
  await alert.getByRole('button', { name: 'Hủy' }).focus();
  await page.keyboard.press('Escape');
  await expect(alert).toBeHidden();

  await page.getByRole('button', { name: 'Nhập báo cáo' }).click();
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles([sample('BC quy 2-2021 BDV Minh Long.xlsx')]);
  await expect(page.getByText('Đã đọc 1/1 tệp')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('table', { name: 'Các tệp đang nhập' }).getByRole('button', { name: /^Xem/ }).click();
  const drawer = page.locator('.bp6-drawer');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // A keyboard user sees where the focus is on a plain button too.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  expect(problems).toEqual([]);
});
