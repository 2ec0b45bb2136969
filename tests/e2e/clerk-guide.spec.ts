import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { screenshot, test, expect, watchPage } from './bridge';

const SAMPLES = path.resolve(import.meta.dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(path.join(SAMPLES, name)) });

/** No horizontal scrollbar: neither the page nor any scroll container is wider than its box. */
async function expectNoHorizontalScroll(page: Page, where: string) {
  const wide = await page.evaluate(() => {
    const out: string[] = [];
    const d = document.documentElement;
    if (d.scrollWidth > d.clientWidth) out.push(`document ${d.scrollWidth}>${d.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      const s = getComputedStyle(el);
      if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName}.${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    }
    return out;
  });
  expect(wide, where).toEqual([]);
}

const PAGES = ['Tổng quan', 'Nhập báo cáo', 'Đối chiếu', 'Văn bản', 'Danh mục', 'Cài đặt'];

test.describe('a clerk at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('first start: three steps with buttons, the rules explained, no page wider than the screen', async ({ page, bridge }) => {
    const problems = await watchPage(page);
    await page.goto(bridge.server.url);
    const steps = page.getByLabel('Bắt đầu');
    await expect(steps).toContainText('1. Tạo mẫu báo cáo');
    await expect(steps).toContainText('2. Nhập báo cáo');
    await expect(steps).toContainText('3. Đối chiếu và lập văn bản');
    // The footer asks for a person's name rather than showing the OS account.
    await expect(page.locator('.sidebar-foot')).toContainText('Chưa đặt tên người dùng');
    await screenshot(page, 'i11-bat-dau');
    await expectNoHorizontalScroll(page, 'Tổng quan');

    await steps.getByRole('button', { name: 'Xem điểm chênh lệch' }).click();
    const rules = page.getByRole('list', { name: 'Các quy tắc đối chiếu' });
    await expect(rules.getByRole('listitem')).toHaveCount(9);
    await expect(rules).toContainText('R5 – Lũy kế không khớp: Lũy kế quý này phải bằng lũy kế quý trước');
    await screenshot(page, 'i11-doi-chieu-quy-tac');

    for (const name of PAGES) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      await page.waitForTimeout(300);
      await expectNoHorizontalScroll(page, name);
    }
    await page.getByRole('navigation').getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('tab', { name: 'Kỳ báo cáo' }).click();
    await expect(page.getByText('Cả năm 2021')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('opens on the working quarter, follows the batch just saved; received dates per file; audit in sentences', async ({ page, bridge }) => {
    const problems = await watchPage(page);
    await page.goto(bridge.server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Nhập báo cáo' }).click();
    // A past plan year with nothing locked: the work starts at Quý I, not Quý IV.
    await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('2021-Q1');
    await expect(page.getByRole('heading', { name: /Báo cáo đã nhận – Quý I năm 2021/ })).toBeVisible();

    await page.getByLabel('Ngày nhận chung của đợt').fill('20/06/2021');
    await page.getByLabel('Chọn tệp báo cáo').setInputFiles([sample('BC quy 2-2021 BDV Minh Long.xlsx'), sample('BaoCao_Q2_BCHQS_SonHa.xlsx'), sample('BC quy II nam 2021 - Ban Dan van Tra Bong.xlsx')]);
    await expect(page.getByText('Đã đọc 3/3 tệp')).toBeVisible({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Các tệp đang nhập' });
    const date = (file: string) => table.getByLabel(`Ngày nhận ${file}`);
    await expect(date('BaoCao_Q2_BCHQS_SonHa.xlsx')).toHaveValue('20/06/2021');
    // The file's own date is offered as a suggestion, not applied.
    await expect(table.getByRole('button', { name: /^gợi ý: .* \(ngày của tệp\)$/ }).first()).toBeVisible();
    await date('BaoCao_Q2_BCHQS_SonHa.xlsx').fill('25/06/2021');
    await date('BaoCao_Q2_BCHQS_SonHa.xlsx').press('Enter');
    await expect(date('BaoCao_Q2_BCHQS_SonHa.xlsx')).toHaveValue('25/06/2021');
    await screenshot(page, 'i11-ngay-nhan-tung-tep');
    // A day that does not exist is shown as wrong at once and changes nothing (it used to pass as valid).
    await date('BaoCao_Q2_BCHQS_SonHa.xlsx').fill('31/02/2021');
    await date('BaoCao_Q2_BCHQS_SonHa.xlsx').press('Enter');
    await expect(date('BaoCao_Q2_BCHQS_SonHa.xlsx')).toHaveAttribute('title', /Nhập một ngày có thật/);
    await page.getByLabel('Ngày nhận chung của đợt').fill('30/02/2021');
    await expect(page.getByText('Nhập một ngày có thật, dạng ngày/tháng/năm, ví dụ 20/06/2021')).toBeVisible();
    await screenshot(page, 'ngay-nhan-khong-co-that');
    await page.getByLabel('Ngày nhận chung của đợt').fill('20/06/2021');
    await date('BaoCao_Q2_BCHQS_SonHa.xlsx').fill('25/06/2021');
    await date('BaoCao_Q2_BCHQS_SonHa.xlsx').press('Enter');
    await expect(date('BaoCao_Q2_BCHQS_SonHa.xlsx')).toHaveAttribute('title', 'Ngày nhận riêng của tệp này');
    await expectNoHorizontalScroll(page, 'Nhập báo cáo – lô tệp');

    await page.getByRole('button', { name: /Lưu 3 báo cáo/ }).click();
    await expect(page.getByText('Đã lưu 3 báo cáo.')).toBeVisible();
    // The page follows the batch: Quý II, with its three reports, each with its own received date.
    await expect(page.getByRole('heading', { name: 'Báo cáo đã nhận – Quý II năm 2021 (3/26 đơn vị)' })).toBeVisible();
    const stored = page.getByRole('table', { name: 'Báo cáo đã nhập' });
    await expect(stored.getByRole('row').filter({ hasText: 'BaoCao_Q2_BCHQS_SonHa.xlsx' })).toContainText('25/06/2021');
    await expect(stored.getByRole('row').filter({ hasText: 'BC quy 2-2021 BDV Minh Long.xlsx' })).toContainText('20/06/2021');
    await screenshot(page, 'i11-da-luu-theo-ky');
    await expectNoHorizontalScroll(page, 'Nhập báo cáo – đã lưu');

    await page.getByRole('navigation').getByRole('button', { name: 'Tổng quan' }).click();
    await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('2021-Q2');
    await expect(page.getByLabel('Bắt đầu')).toHaveCount(0);
    await page.getByRole('navigation').getByRole('button', { name: 'Đối chiếu' }).click();
    await expect(page.getByLabel('Kỳ báo cáo')).toHaveValue('2021-Q2');
    await expect(page.locator('.rule-help').first()).toBeVisible();
    await page.getByRole('button', { name: 'Chốt số liệu…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Chốt số liệu' }).click();
    await expect(page.getByText(/Quý II năm 2021 đã chốt số liệu/)).toBeVisible();
    await page.getByRole('button', { name: 'Mở khóa…' }).click();
    await page.getByLabel('Lý do mở khóa (bắt buộc)').fill('Nhận thêm báo cáo bổ sung');
    await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click();
    await expect(page.getByText(/Quý II năm 2021: \d+ điểm chênh lệch/)).toBeVisible();
    await screenshot(page, 'i11-doi-chieu');
    await expectNoHorizontalScroll(page, 'Đối chiếu');

    await page.getByRole('navigation').getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
    const audit = page.getByRole('table', { name: 'Nhật ký thay đổi' });
    await expect(audit).toContainText('Mở khóa số liệu Quý II năm 2021');
    await expect(audit).toContainText('— lý do: Nhận thêm báo cáo bổ sung');
    await expect(audit).toContainText(/Nhập báo cáo của Ban CHQS huyện Sơn Hà, Quý II năm 2021, phiên bản 1, tệp BaoCao_Q2_BCHQS_SonHa\.xlsx, ngày nhận 25\/06\/2021/);
    await expect(audit).not.toContainText('[object Object]');
    await expect(audit.locator('.audit-sentence > span')).not.toContainText(['unlocked']);
    await page.getByLabel('Tìm trong nhật ký').fill('mo khoa');
    await page.getByLabel('Tìm trong nhật ký').press('Enter');
    await expect(audit.locator('tbody tr')).toHaveCount(1);
    await audit.getByRole('button', { name: 'Chi tiết' }).click();
    await expect(audit.getByText('Giá trị trước')).toBeVisible();
    await expect(audit.locator('.audit-details')).toContainText('Kỳ: Quý II năm 2021');
    await page.waitForTimeout(400);
    await screenshot(page, 'i11-nhat-ky');
    await expectNoHorizontalScroll(page, 'Nhật ký');
    await page.getByLabel('Tìm trong nhật ký').fill('');
    await page.getByLabel('Tìm trong nhật ký').press('Enter');
    await page.getByLabel('Loại thao tác').selectOption('import');
    await expect(audit.locator('tbody tr')).toHaveCount(3);
    expect(problems).toEqual([]);
  });
});
