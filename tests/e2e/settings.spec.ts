import { screenshot, startBridge, test, expect, watchPage } from './bridge';

test('Cài đặt: a signatory edited in the UI persists across a restart; backups are listed', async ({ page, dataDir }) => {
  const dbPath = `${dataDir}/settings.db`;
  let bridge = await startBridge(dbPath);
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('heading', { name: 'Người ký – Bộ Chỉ huy Quân sự' })).toBeVisible();
  await expect(page.getByLabel('Họ và tên').nth(1)).toHaveValue('Võ Tấn Tài');
  await expect(page.getByLabel('Mỗi dòng một nơi nhận')).toHaveValue(/Ban Dân vận Trung ương\nCục Chính trị Quân khu 5/);
  await screenshot(page, 'cai-dat-van-ban');

  await page.getByLabel('Họ và tên').nth(1).fill('Nguyễn Văn Bình');
  await page.getByLabel('Cấp bậc').nth(1).fill('Thượng tá');
  await page.getByRole('button', { name: 'Lưu thiết lập văn bản' }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();

  await page.getByRole('tab', { name: 'Dữ liệu và sao lưu' }).click();
  await expect(page.getByText(dbPath)).toBeVisible();
  const backups = page.getByRole('table', { name: 'Các bản sao lưu' });
  // The automatic copy of the day is already there; the user's own comes on top of it.
  await expect(backups.getByRole('row').filter({ hasText: 'tu-dong-' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(backups.getByRole('row').filter({ hasText: 'sao-luu-' })).toHaveCount(1);
  await screenshot(page, 'cai-dat-du-lieu');

  await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
  await expect(page.getByRole('table', { name: 'Nhật ký thay đổi' })).toContainText('Nguyễn Văn Bình');
  await screenshot(page, 'cai-dat-nhat-ky');
  await bridge.close();

  bridge = await startBridge(dbPath);
  try {
    await page.goto(bridge.server.url);
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await expect(page.getByLabel('Họ và tên').nth(1)).toHaveValue('Nguyễn Văn Bình');
    await expect(page.getByLabel('Cấp bậc').nth(1)).toHaveValue('Thượng tá');
    // Restore the automatic copy of the day: the signatory goes back to the seed's.
    await page.getByRole('tab', { name: 'Dữ liệu và sao lưu' }).click();
    await page.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row').filter({ hasText: 'tu-dong-' }).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục' }).click();
    // The page stays on its tab and says what came back, and from when (issue 11 point 7).
    const notice = page.getByRole('status').filter({ hasText: 'Đã khôi phục dữ liệu' });
    await expect(notice).toContainText(/Dữ liệu hiện là bản sao lưu “tu-dong-[\w-]+\.db” ghi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: chưa có báo cáo nào được nhập\./);
    await expect(notice).toContainText(/được giữ lại thành bản “truoc-khoi-phuc-/);
    await expect(page.getByRole('tab', { name: 'Dữ liệu và sao lưu' })).toHaveAttribute('aria-selected', 'true');
    await screenshot(page, 'khoi-phuc-thong-bao');
    await page.getByRole('tab', { name: 'Thiết lập văn bản' }).click();
    await expect(page.getByLabel('Họ và tên').nth(1)).toHaveValue('Võ Tấn Tài');
  } finally {
    await bridge.close();
  }
  expect(problems).toEqual([]);
});

test('every page of the navigation opens with its heading', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  for (const name of ['Tổng quan', 'Nhập báo cáo', 'Đối chiếu', 'Văn bản', 'Danh mục', 'Cài đặt']) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('Cài đặt → Văn bản: the long form stands in titled parts, each one click away at 1366×768', async ({ page, bridge }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const index = page.getByRole('navigation', { name: 'Các phần của thiết lập văn bản' });
  await expect(index.getByRole('button')).toHaveCount(9);
  const recipients = page.getByRole('region', { name: 'Nơi nhận' });
  await expect(recipients.getByLabel('Mỗi dòng một nơi nhận')).toBeVisible();
  await expect(recipients).not.toBeInViewport();
  await index.getByRole('button', { name: 'Nơi nhận' }).click();
  await expect(recipients).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Người ký – Bộ Chỉ huy Quân sự' }).getByLabel('Họ và tên')).toHaveValue('Võ Tấn Tài');
  await screenshot(page, 'cai-dat-van-ban-cac-phan');
});
