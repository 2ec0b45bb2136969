import { screenshot, startBridge, test, expect, watchPage } from './bridge';

test('Danh mục shows the seeded 2021 plan in Vietnamese, without CSP violations', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Danh mục' }).click();
  await expect(page.getByRole('heading', { name: 'Danh mục' })).toBeVisible();
  await expect(page.getByLabel('Tên kế hoạch')).toHaveValue('Kế hoạch phối hợp thực hiện công tác dân vận năm 2021');
  await screenshot(page, 'danh-muc-ke-hoach');

  await page.getByRole('tab', { name: /Chỉ tiêu \(46\)/ }).click();
  const table = page.getByRole('table', { name: 'Danh mục chỉ tiêu' });
  await expect(table.getByRole('row')).toHaveCount(1 + 6 + 46);
  await expect(table).toContainText('Số mô hình, điển hình "Dân vận khéo" được công nhận');
  await screenshot(page, 'danh-muc-chi-tieu');

  await page.getByRole('tab', { name: /Đơn vị \(13\)/ }).click();
  const units = page.getByRole('table', { name: 'Danh sách đơn vị' });
  await expect(units.getByRole('row')).toHaveCount(14);
  await expect(units).toContainText('Ban Chỉ huy Quân sự thị xã Đức Phổ');
  await screenshot(page, 'danh-muc-don-vi');

  await page.getByRole('tab', { name: 'Kỳ báo cáo' }).click();
  await expect(page.getByLabel('Từ ngày').first()).toHaveValue('15/12/2020');
  await expect(page.getByText('6 tháng đầu năm 2021')).toBeVisible();
  await screenshot(page, 'danh-muc-ky-bao-cao');

  // The web font carries every Vietnamese glyph: the page must have loaded it, not a fallback.
  expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Ngãi Đức Phổ ỷ'))).toBe(true);
  expect(problems).toEqual([]);
});

test('an indicator edited in the UI persists across a restart of the bridge', async ({ page, dataDir }) => {
  const dbPath = `${dataDir}/persist.db`;
  let bridge = await startBridge(dbPath);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Danh mục' }).click();
  await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
  await page.getByRole('button', { name: 'Sửa TT07' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên chỉ tiêu (như trên mẫu báo cáo)').fill('Số tin, bài tuyên truyền trên báo, đài, cổng thông tin điện tử');
  await dialog.getByLabel('Đơn vị tính').fill('tin, bài');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await bridge.close();

  bridge = await startBridge(dbPath);
  try {
    await page.goto(bridge.server.url);
    await page.getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
    const row = page.getByRole('row').filter({ hasText: 'TT07' });
    await expect(row).toContainText('Số tin, bài tuyên truyền trên báo, đài, cổng thông tin điện tử');
    await expect(row).toContainText('tin, bài');
    const audit = await bridge.services.dispatch('audit.list', { entity: 'indicator' });
    expect(audit.ok && (audit.value as { entityKey: string }[]).map((r) => r.entityKey)).toEqual(['2021/TT07']);
  } finally {
    await bridge.close();
  }
});

test('an invalid edit is refused with a Vietnamese message and nothing is saved', async ({ page, bridge }) => {
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Danh mục' }).click();
  await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
  await page.getByRole('button', { name: 'Sửa TT03' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Quy tắc trong báo cáo').fill('<= ZZ99');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('chỉ tiêu ZZ99, nhưng chỉ tiêu này không có');
  const bundle = await bridge.services.dispatch('plan.get', { year: 2021 });
  expect(bundle.ok && (bundle.value as { indicators: { code: string; rule: string | null }[] }).indicators.find((i) => i.code === 'TT03')?.rule).toBe('<= TT01');
});
