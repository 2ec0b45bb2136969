import fs from 'node:fs';
import path from 'node:path';
import { cleanDataSet } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { screenshot, test, expect, watchPage } from './bridge';

test('Văn bản: warnings, prose edited and saved, preview read back from the document, file saved', async ({ page, bridge, dataDir }) => {
  const ds = cleanDataSet({ historyYears: 0 });
  ds.reports = ds.reports.filter((r) => !(r.period === '2021-Q2' && r.districtCode === '535' && r.unitType === 'BDV'));
  await storeDataSet(bridge.services.ctx, ds);
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Văn bản' }).click();
  await expect(page.getByLabel('Loại văn bản')).toHaveValue('six-month');
  // A past plan year: the page asks for the issue date (issue 10.2).
  await expect(page.getByRole('note')).toContainText('Kế hoạch năm 2021 đã qua');
  await page.getByLabel('Ngày ban hành').fill('25/06/2021');
  const warning = page.getByRole('status');
  await expect(warning).toContainText('1 đơn vị chưa gửi báo cáo');
  await expect(warning).toContainText('Ban Dân vận Huyện ủy Ba Tơ');
  await expect(warning).toContainText('chưa chốt');

  // The districts proposed nothing: the clerk writes a line of their own into Part IV's items.
  const proposals = page.getByRole('region', { name: 'IV. Đề xuất, kiến nghị' });
  await proposals.getByRole('button', { name: 'Thêm mục vào IV. Đề xuất, kiến nghị' }).click();
  await proposals.getByLabel('Nội dung mục 1').fill('Đề nghị Ban Thường vụ Tỉnh ủy quan tâm bố trí kinh phí cho công tác dân vận.');
  await expect(proposals).toContainText('Mục do người lập văn bản viết thêm.');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();
  await screenshot(page, 'van-ban-noi-dung');

  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  await expect(preview).toContainText('ĐẢNG CỘNG SẢN VIỆT NAM');
  await expect(preview).toContainText('BÁO CÁO');
  await expect(preview).toContainText('Đề nghị Ban Thường vụ Tỉnh ủy quan tâm bố trí kinh phí cho công tác dân vận.');
  await expect(preview).toContainText('Võ Tấn Tài');
  await preview.scrollIntoViewIfNeeded();
  await screenshot(page, 'van-ban-xem-truoc');

  // Not settled nor locked: the final document is refused (issue 10.1), a draft is written.
  await page.getByRole('button', { name: 'Lưu văn bản…' }).click();
  await expect(page.getByText(/Chưa ban hành được Báo cáo sơ kết 6 tháng đầu năm 2021/)).toBeVisible({ timeout: 20_000 });
  expect(fs.existsSync(path.join(dataDir, 'xuat-ra', 'Báo cáo sơ kết 6 tháng đầu năm 2021.docx'))).toBe(false);
  await page.getByRole('button', { name: 'Xuất bản dự thảo' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Đã lưu tệp' });
  await expect(result).toContainText('Đã lưu tệp “Báo cáo sơ kết 6 tháng đầu năm 2021 - DỰ THẢO.docx”', { timeout: 20_000 });
  const written = path.join(dataDir, 'xuat-ra', 'Báo cáo sơ kết 6 tháng đầu năm 2021 - DỰ THẢO.docx');
  expect(fs.existsSync(written)).toBe(true);
  // The browser cannot open a desktop file: "Tải về" hands over the very bytes saved (issue 11 point 7).
  await result.scrollIntoViewIfNeeded();
  await screenshot(page, 'van-ban-da-luu-tai-ve');
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Tải về' }).click()]);
  expect(download.suggestedFilename()).toBe('Báo cáo sơ kết 6 tháng đầu năm 2021 - DỰ THẢO.docx');
  expect(fs.readFileSync((await download.path())!).equals(fs.readFileSync(written))).toBe(true);
  await expect(result.getByRole('button', { name: 'Mở tệp' })).toHaveCount(0);

  await page.getByLabel('Loại văn bản').selectOption('reminder');
  await page.getByLabel('Kỳ của văn bản').selectOption('2021-Q2');
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(preview).toContainText('Ban Dân vận Huyện ủy Ba Tơ');
  expect(problems).toEqual([]);
});
