import type { Locator, Page } from '@playwright/test';
import { pickerNarrative } from '../helpers/picker-narratives';
import { cleanDataSet } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { screenshot, test, expect, watchPage } from './bridge';

/** Issue 10.5: the clerk chooses, in the Văn bản page, what the report says; at the office's screen size. */
test.use({ viewport: { width: 1366, height: 768 } });

const AREA1 = /^1\. Tuyên truyền/;

async function openDocuments(page: Page) {
  await page.getByRole('button', { name: 'Văn bản', exact: true }).click();
  await expect(page.getByLabel('Loại văn bản')).toHaveValue('six-month');
}

const texts = async (list: Locator) => list.getByRole('textbox').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

/** Clicks the tick box as the clerk does: on its drawn box, the label around the hidden input. */
async function untick(list: Locator, name: string) {
  const box = list.getByLabel(name);
  await box.locator('xpath=..').click();
  await expect(box).not.toBeChecked();
}

/** Nothing wider than the window: neither the page nor its scrolling content area. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => [document.documentElement, document.querySelector('.content')!].map((e) => e.scrollWidth - e.clientWidth));
  expect(widths).toEqual([0, 0]);
}

test('Văn bản: highlights unticked, edited and moved, saved, and the same after a reload', async ({ page, bridge }) => {
  await storeDataSet(bridge.services.ctx, cleanDataSet({ historyYears: 0 }), { narrative: pickerNarrative });
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await openDocuments(page);
  await page.getByLabel('Ngày ban hành').fill('25/06/2021');

  const area1 = page.getByRole('region', { name: AREA1 });
  const printed = page.getByRole('region', { name: 'Nội dung sẽ in' });
  const [merged, second, third] = await texts(area1);
  expect(merged).toMatch(/^Các huyện Bình Sơn, Sơn Tịnh và Tư Nghĩa .*49 buổi tuyên truyền/);
  // Each item says where it comes from, unit and period in words.
  await expect(area1.getByRole('listitem').first()).toContainText('Nguồn: Ban CHQS huyện Tư Nghĩa – Quý I năm 2021; Ban Dân vận huyện Bình Sơn – Quý II năm 2021; Ban Dân vận huyện Sơn Tịnh – Quý II năm 2021');
  await expect(printed).toContainText(merged!);

  // The preview follows every tick, edit and move before anything is saved.
  await untick(area1, 'Chọn mục 1');
  await expect(printed).not.toContainText(merged!);
  const edited = `${second!.replace(/\.$/, '')} cho hơn 300 đoàn viên.`;
  await area1.getByLabel('Nội dung mục 2').fill(edited);
  await expect(printed).toContainText(edited);
  await area1.getByRole('button', { name: 'Chuyển mục 3 lên' }).click();
  expect(await texts(area1)).toEqual([merged, third, edited]);
  await expect(printed).toContainText(`- ${third}\n- ${edited}`);
  await expect(area1.getByLabel('Chuyển mục 1 lên')).toBeDisabled();

  await area1.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'van-ban-chon-noi-dung');

  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();

  await page.reload();
  await openDocuments(page);
  await expect(page.getByText(/Đã lưu lúc/)).toBeVisible();
  const after = page.getByRole('region', { name: AREA1 });
  await expect(after.getByLabel('Chọn mục 1')).not.toBeChecked();
  await expect(after.getByLabel('Chọn mục 2')).toBeChecked();
  expect(await texts(after)).toEqual([merged, third, edited]);
  await expect(printed).not.toContainText(merged!);

  // The document is written from the saved choices (a past plan year: the page asks the date again).
  await page.getByLabel('Ngày ban hành').fill('25/06/2021');
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  await expect(preview).toContainText(edited);
  await expect(preview).not.toContainText(merged!);
  const doc = await preview.innerText();
  expect(doc.indexOf(third!)).toBeLessThan(doc.indexOf(edited));

  // Part II: a shortcoming left out, the cause kept under its own heading.
  const shortcomings = page.getByRole('region', { name: 'Hạn chế, khó khăn' });
  await untick(shortcomings, 'Chọn mục 1');
  await expect(printed).not.toContainText('Hạn chế, khó khăn:');
  await expect(printed).toContainText('Nguyên nhân:');
  await shortcomings.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'van-ban-chon-danh-gia');
  expect(problems).toEqual([]);
});

test('Cài đặt → Văn bản: the number of highlights ticked per area', async ({ page, bridge }) => {
  await storeDataSet(bridge.services.ctx, cleanDataSet({ historyYears: 0 }), { narrative: pickerNarrative });
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const field = page.getByLabel('Số kết quả nổi bật được chọn sẵn cho mỗi nội dung');
  await expect(field).toHaveValue('5');
  await field.fill('1');
  // Centred: at the bottom of the window the sticky save bar would cover it.
  await field.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'cai-dat-so-ket-qua-noi-bat');
  await page.getByRole('button', { name: 'Lưu thiết lập văn bản' }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();

  await openDocuments(page);
  const area1 = page.getByRole('region', { name: AREA1 });
  await expect(area1.getByRole('listitem')).toHaveCount(3);
  await expect(area1.getByLabel('Chọn mục 1')).toBeChecked();
  await expect(area1.getByLabel('Chọn mục 2')).not.toBeChecked();
  await expect(area1.getByLabel('Chọn mục 3')).not.toBeChecked();

  await page.reload();
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await expect(field).toHaveValue('1');
  expect(problems).toEqual([]);
});
