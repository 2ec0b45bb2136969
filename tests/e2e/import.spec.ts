import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { indicatorsFor } from '../../shared/domain/plan';
import { readSeed } from '../../electron/plan/seed';
import { SEED_DIR } from '../../electron/node-paths';
import { screenshot, test, expect, watchPage } from './bridge';

const SAMPLES = path.resolve(import.meta.dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(path.join(SAMPLES, name)) });

/** A retyped table that names neither unit nor period: the clerk must say whose it is. */
async function anonymousReport() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['STT', 'Nội dung', 'Đơn vị tính', 'Thực hiện trong kỳ', 'Lũy kế']);
  for (const [k, i] of indicatorsFor(readSeed(SEED_DIR).indicators, 'QS').entries()) ws.addRow([k + 1, i.label, i.unit, k + 1, (k + 1) * 2]);
  return { name: 'bao cao.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

test('Nhập báo cáo: a batch is read, previewed, confirmed and saved; rejected and duplicate files are explained', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Nhập báo cáo' }).click();
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles([
    sample('BC quy 2-2021 BDV Minh Long.xlsx'),
    sample('BC quy 3-2021 BDV Son Tinh.xlsx'),
    sample('BaoCao_Q2_BCHQS_SonHa.xlsx'),
    { ...sample('BC quy 2-2021 BDV Minh Long.xlsx'), name: 'BC quy 2-2021 BDV Minh Long (ban sao).xlsx' },
    await anonymousReport(),
  ]);
  await expect(page.getByText('Đã đọc 5/5 tệp')).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Các tệp đang nhập' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(row('BC quy 2-2021 BDV Minh Long.xlsx')).toContainText('Đã nhận');
  await expect(row('BC quy 2-2021 BDV Minh Long.xlsx')).toContainText('Ban Dân vận Minh Long – Quý II năm 2021');
  await expect(row('BC quy 3-2021 BDV Son Tinh.xlsx')).toContainText('Bị từ chối');
  await expect(row('BC quy 3-2021 BDV Son Tinh.xlsx')).toContainText('Tệp bị hỏng');
  await expect(row('BC quy 2-2021 BDV Minh Long (ban sao).xlsx')).toContainText('Trùng');
  await expect(row('bao cao.xlsx')).toContainText('Cần xác nhận');
  await screenshot(page, 'nhap-bao-cao-lo');

  await row('BC quy 2-2021 BDV Minh Long.xlsx').getByRole('button', { name: /^Xem/ }).click();
  const drawer = page.locator('.bp6-drawer');
  const values = drawer.getByRole('table', { name: 'Số liệu đọc được' });
  await expect(values.getByRole('row').filter({ hasText: 'TT02' })).toContainText('1.370');
  await expect(values.getByRole('row').filter({ hasText: 'GN06' })).toContainText('11,3');
  await expect(drawer).toContainText('Phối hợp tổ chức 13 buổi tuyên truyền về bầu cử');
  await screenshot(page, 'nhap-bao-cao-xem-truoc');
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer).toBeHidden();

  await row('bao cao.xlsx').getByRole('button', { name: /^Xem/ }).click();
  await drawer.getByLabel('Đơn vị', { exact: true }).selectOption('536');
  await drawer.getByLabel('Loại đơn vị').selectOption('QS');
  await drawer.getByLabel('Kỳ của báo cáo').selectOption('2021-Q2');
  await drawer.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(drawer).toContainText('do người dùng xác nhận');
  await screenshot(page, 'nhap-bao-cao-xac-nhan');
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer).toBeHidden();
  await expect(row('bao cao.xlsx')).toContainText('Đã nhận');

  // The copy is saved too, as an arrival only (R3 reports it); the stored reports stay three.
  await page.getByRole('button', { name: /Lưu 4 báo cáo/ }).click();
  await expect(page.getByText('Đã lưu 4 báo cáo.')).toBeVisible();
  await expect(row('BC quy 2-2021 BDV Minh Long (ban sao).xlsx')).toContainText('Đã ghi nhận (tệp trùng)');
  await expect(row('BC quy 2-2021 BDV Minh Long.xlsx')).toContainText('Đã lưu (phiên bản 1)');
  await page.getByLabel('Kỳ báo cáo').selectOption('2021-Q2');
  const stored = page.getByRole('table', { name: 'Báo cáo đã nhập' });
  await expect(stored.getByRole('row')).toHaveCount(1 + 3);
  await expect(stored).toContainText('Ban Chỉ huy Quân sự huyện Lý Sơn');
  await screenshot(page, 'nhap-bao-cao-da-luu');
  expect(problems).toEqual([]);
});

test('Nhập báo cáo: blank forms for all 26 units are written to the export folder', async ({ page, bridge, dataDir }) => {
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Nhập báo cáo' }).click();
  await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
  await expect(page.getByText(/Đã lưu 26 mẫu báo cáo vào thư mục “Mẫu báo cáo Quý I năm 2021”/)).toBeVisible({ timeout: 30_000 });
  // The page opens on the quarter being worked on: in a past plan year with nothing locked, Quý I.
  const folder = path.join(dataDir, 'xuat-ra', 'Mẫu báo cáo Quý I năm 2021');
  const names = fs.readdirSync(folder).filter((f) => f.endsWith('.xlsx'));
  expect(names).toHaveLength(26);
  // Each form can be downloaded in the browser build, byte for byte.
  const links = page.getByRole('list', { name: 'Tải về từng tệp' }).getByRole('button');
  await expect(links).toHaveCount(26);
  const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
  expect(names).toContain(download.suggestedFilename());
  expect(fs.readFileSync((await download.path())!).equals(fs.readFileSync(path.join(folder, download.suggestedFilename())))).toBe(true);
});

const CASES = path.resolve(import.meta.dirname, '..', 'fixtures', 'cases');
const caseFile = (folder: string, name: string) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(path.join(CASES, folder, name)) });

test('Nhập báo cáo: files of one unit stand together, the newer counts, and a tie is settled by the clerk', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Nhập báo cáo' }).click();
  // The correction is picked first and the original last, with another unit between them.
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles([
    caseFile('quarter-q3-2021-corrections', 'BC quy 3-2021 BDV Binh Son - ban sua.xlsx'),
    caseFile('version-tie-undated', 'BC quy 3-2021 BDV Ly Son lan 1.xlsx'),
    caseFile('quarter-q3-2021-corrections', 'BC quy 3-2021 BDV Ba To.xlsx'),
    caseFile('quarter-q3-2021-corrections', 'BC quy 3-2021 BDV Binh Son.xlsx'),
    caseFile('version-tie-undated', 'BC quy 3-2021 BDV Ly Son lan 2.xlsx'),
  ]);
  await expect(page.getByText('Đã đọc 5/5 tệp')).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Các tệp đang nhập' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(row('BC quy 3-2021 BDV Binh Son.xlsx')).toContainText('Bản cũ (lưu lịch sử)');
  await expect(row('BC quy 3-2021 BDV Binh Son.xlsx')).toContainText('ngày báo cáo 21/09/2021');
  await expect(row('BC quy 3-2021 BDV Binh Son - ban sua.xlsx')).toContainText('Bản dùng làm số liệu');
  // Same unit, same period: the rows stand next to each other whatever order they were picked in.
  const names = await table.locator('td.import-file-name').allTextContents();
  expect(Math.abs(names.indexOf('BC quy 3-2021 BDV Binh Son.xlsx') - names.indexOf('BC quy 3-2021 BDV Binh Son - ban sua.xlsx'))).toBe(1);
  await expect(row('BC quy 3-2021 BDV Ly Son lan 1.xlsx')).toContainText('Cần xác nhận');
  await expect(row('BC quy 3-2021 BDV Ly Son lan 2.xlsx')).toContainText('không biết bản nào mới hơn');
  await screenshot(page, 'nhap-bao-cao-cung-don-vi');

  await row('BC quy 3-2021 BDV Ly Son lan 2.xlsx').getByRole('button', { name: /^Dùng .* làm số liệu/ }).click();
  await expect(row('BC quy 3-2021 BDV Ly Son lan 1.xlsx')).toContainText('Bản cũ (lưu lịch sử)');
  await page.getByRole('button', { name: /Lưu 5 báo cáo/ }).click();
  await expect(page.getByText('Đã lưu 5 báo cáo.')).toBeVisible();
  await expect(row('BC quy 3-2021 BDV Binh Son.xlsx')).toContainText('Lưu làm lịch sử');
  await screenshot(page, 'nhap-bao-cao-cung-don-vi-da-luu');
  expect(problems).toEqual([]);
});

test('Nhập báo cáo: a choice against what the file states needs a second confirmation; last year\'s report is refused', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Nhập báo cáo' }).click();
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles([caseFile('.', 'title-certain-unit-period.xlsx'), caseFile('.', 'last-year-q4-2020-no-year-in-name.xlsx')]);
  await expect(page.getByText('Đã đọc 2/2 tệp')).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Các tệp đang nhập' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(row('last-year-q4-2020-no-year-in-name.xlsx')).toContainText('Bị từ chối');
  await expect(row('last-year-q4-2020-no-year-in-name.xlsx')).toContainText('không phải của kế hoạch năm 2021');

  await row('title-certain-unit-period.xlsx').getByRole('button', { name: /^Xem/ }).click();
  const drawer = page.locator('.bp6-drawer');
  await drawer.getByLabel('Kỳ của báo cáo').selectOption('2021-Q3');
  await drawer.getByRole('button', { name: 'Xác nhận' }).click();
  const alert = page.locator('.bp6-alert');
  await expect(alert).toContainText('Quý II năm 2021');
  await expect(alert).toContainText('Quý III năm 2021');
  await screenshot(page, 'nhap-bao-cao-xac-nhan-lan-hai');
  await alert.getByRole('button', { name: 'Vẫn lưu theo lựa chọn' }).click();
  await expect(alert).toBeHidden();
  await expect(drawer).toContainText('do người dùng xác nhận');
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(row('title-certain-unit-period.xlsx')).toContainText('Quý III năm 2021');
  await page.getByRole('button', { name: /Lưu 1 báo cáo/ }).click();
  await expect(row('title-certain-unit-period.xlsx')).toContainText('Đã lưu (phiên bản 1)');
  expect(problems).toEqual([]);
});
