import { storeDataSet } from '../helpers/store-dataset';
import { screenshot, test, expect, watchPage } from './bridge';
import { plantedR6 } from './planted';

test.use({ viewport: { width: 1366, height: 768 } });

const DATE_TIME = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

test('Đối chiếu: a settled finding stays listed with who, when and why, and reopens with a reason', async ({ page, bridge }) => {
  await storeDataSet(bridge.services.ctx, plantedR6(['532', '530', '535']));
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  const nghiaHanh = findings.getByRole('row').filter({ hasText: 'R6' }).filter({ hasText: 'Nghĩa Hành' }).filter({ hasText: 'cột thực hiện trong kỳ' });
  await expect(nghiaHanh).toHaveCount(1);

  await nghiaHanh.getByRole('button', { name: 'Xử lý' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Giải trình (ghi rõ lý do)').click();
  await dialog.getByLabel(/Lý do/).fill('Hai đơn vị tính khác đợt khám bệnh');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(dialog).toBeHidden();

  // Still listed, now settled: how, who, when, why; and after every open one.
  await expect(nghiaHanh).toContainText('Đã giải trình');
  await expect(nghiaHanh).toContainText('Giải trình ·');
  await expect(nghiaHanh).toContainText('Lý do: Hai đơn vị tính khác đợt khám bệnh');
  await expect(nghiaHanh).toContainText(DATE_TIME);
  await expect(findings.getByRole('row').last()).toContainText('Đã giải trình');
  await page.getByLabel('Lọc theo trạng thái').selectOption({ label: 'Đã xử lý (1)' });
  await expect(findings.getByRole('row').filter({ hasText: 'R6' })).toHaveCount(1);
  await screenshot(page, 'doi-chieu-da-xu-ly');
  await page.getByLabel('Lọc theo trạng thái').selectOption({ label: 'Tất cả' });

  await nghiaHanh.getByRole('button', { name: 'Mở lại…' }).click();
  await dialog.getByRole('button', { name: 'Mở lại' }).click();
  await expect(dialog.getByRole('alert')).toContainText('lý do');
  await dialog.getByLabel('Lý do mở lại (bắt buộc)').fill('Ban CHQS gửi lại số liệu');
  await dialog.getByRole('button', { name: 'Mở lại' }).click();
  await expect(dialog).toBeHidden();
  await expect(nghiaHanh).toContainText('Chưa xử lý');
  await expect(nghiaHanh).not.toContainText('Lý do:');
  const reopened = await bridge.services.ctx.db.selectFrom('audit_log').select(['action', 'reason']).where('action', '=', 'reopen').execute();
  expect(reopened).toEqual([{ action: 'reopen', reason: 'Ban CHQS gửi lại số liệu' }]);
  expect(problems).toEqual([]);
});

test('Đối chiếu: three findings of one rule explained with one note', async ({ page, bridge }) => {
  const ds = plantedR6(['532', '530', '535']);
  // Lý Sơn's Military Command has not reported: an R1 finding that must not join an R6 selection.
  ds.reports = ds.reports.filter((r) => !(r.period === '2021-Q4' && r.districtCode === '536' && r.unitType === 'QS'));
  await storeDataSet(bridge.services.ctx, ds);
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  const r6 = findings.getByRole('row').filter({ hasText: 'R6' }).filter({ hasText: 'cột thực hiện trong kỳ' });
  await expect(r6).toHaveCount(3);
  for (let i = 0; i < 3; i++) await r6.nth(i).getByRole('checkbox').check({ force: true });
  // Another rule cannot join the selection.
  await expect(findings.getByRole('row').filter({ hasText: 'R1' }).getByRole('checkbox')).toBeDisabled();
  await page.getByRole('button', { name: 'Giải trình 3 điểm đã chọn' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Nội dung giải trình/).fill('Ban CHQS tính cả đợt khám bệnh của quân y');
  // The picture only: the dialog's opening transition must have ended.
  await page.waitForTimeout(400);
  await screenshot(page, 'doi-chieu-xu-ly-nhieu');
  await dialog.getByRole('button', { name: 'Giải trình 3 điểm đã chọn' }).click();
  await expect(dialog).toBeHidden();
  for (let i = 0; i < 3; i++) {
    await expect(r6.nth(i)).toContainText('Đã giải trình');
    await expect(r6.nth(i)).toContainText('Lý do: Ban CHQS tính cả đợt khám bệnh của quân y');
  }
  const rows = await bridge.services.ctx.db.selectFrom('finding_resolutions').select(['status', 'note']).where('rule', '=', 'R6').execute();
  expect(rows.filter((r) => r.note === 'Ban CHQS tính cả đợt khám bệnh của quân y')).toHaveLength(3);
  expect(problems).toEqual([]);
});

test('Đối chiếu: a column sorts in Vietnamese order and the search ignores diacritics', async ({ page, bridge }) => {
  await storeDataSet(bridge.services.ctx, plantedR6(['532', '530', '535', '534', '524']));
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  const unitHeader = findings.getByRole('columnheader', { name: 'Đơn vị' });
  await expect(unitHeader).toHaveAttribute('aria-sort', 'none');
  await unitHeader.getByRole('button').click();
  await expect(unitHeader).toHaveAttribute('aria-sort', 'ascending');
  const units = async () => (await findings.locator('tbody tr td:nth-child(3)').allInnerTexts()).map((t) => t.trim());
  const asc = await units();
  expect(asc).toEqual([...asc].sort(new Intl.Collator('vi').compare));
  expect(asc.findIndex((u) => u.includes('Đức Phổ'))).toBeGreaterThan(asc.findIndex((u) => u.includes('Bình Sơn')));
  await unitHeader.getByRole('button').click();
  await expect(unitHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await units()).toEqual([...asc].reverse());

  await page.getByRole('searchbox', { name: 'Tìm trong các điểm chênh lệch' }).fill('son tay');
  const shown = await units();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((u) => u.includes('Sơn Tây'))).toBe(true);
  await screenshot(page, 'doi-chieu-sap-xep-tim');
  expect(problems).toEqual([]);
});

test('Danh mục: districts sort by name in Vietnamese order; indicators search without diacritics keeps their area headings', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Danh mục' }).click();
  await page.getByRole('tab', { name: /Đơn vị \(13\)/ }).click();
  const units = page.getByRole('table', { name: 'Danh sách đơn vị' });
  const names = async () => (await units.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => t.trim());
  const header = units.getByRole('columnheader', { name: 'Đơn vị', exact: true });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const sorted = await names();
  // By name, Vietnamese order: Ba Tơ … Đức Phổ after Bình Sơn and before Lý Sơn; Quảng Ngãi among the Q's.
  const byName = sorted.map((t) => t.replace(/^(Huyện|Thị xã|Thành phố) /, ''));
  expect(byName).toEqual([...byName].sort(new Intl.Collator('vi').compare));
  expect(byName[0]).toBe('Ba Tơ');
  await page.getByRole('searchbox', { name: 'Tìm trong danh sách đơn vị' }).fill('son tay');
  await expect(units.locator('tbody tr')).toHaveCount(1);
  await expect(units.locator('tbody tr')).toContainText('Ban Chỉ huy Quân sự huyện Sơn Tây');

  await page.getByRole('tab', { name: /Chỉ tiêu \(46\)/ }).click();
  const indicators = page.getByRole('table', { name: 'Danh mục chỉ tiêu' });
  await page.getByRole('searchbox', { name: 'Tìm trong danh mục chỉ tiêu' }).fill('dan van kheo');
  const rows = indicators.locator('tbody tr:not(.group-row)');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Dân vận khéo');
  await expect(indicators.locator('tbody tr.group-row').first()).toBeVisible();
  await screenshot(page, 'danh-muc-chi-tieu-tim');
  expect(problems).toEqual([]);
});
