import fs from 'node:fs';
import path from 'node:path';
import { reportOf } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { screenshot, test, expect, watchPage } from './bridge';
import { plantedR6 } from './planted';

test.use({ viewport: { width: 1366, height: 768 } });

const SAMPLES = path.resolve(import.meta.dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(path.join(SAMPLES, name)) });

test('Đối chiếu: an uncertain corrected figure is refused, never guessed; reopening a correction puts the original back, open', async ({ page, bridge }) => {
  const ds = plantedR6(['532']);
  const bdv = reportOf(ds, '2021-Q4', '532', 'BDV').values.LV05!.period!;
  const qs = reportOf(ds, '2021-Q4', '532', 'QS').values.LV05!.period!;
  await storeDataSet(bridge.services.ctx, ds);
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  const row = findings.getByRole('row').filter({ hasText: 'R6' }).filter({ hasText: 'cột thực hiện trong kỳ' });
  await expect(row).toHaveCount(1);
  // The values name the units, not their codes.
  await expect(row).toContainText(`Ban Dân vận: ${bdv}; Ban CHQS: ${qs}`);

  await row.getByRole('button', { name: 'Xử lý' }).click();
  const dialog = page.getByRole('dialog');
  // R6 "accept": the choices are the units' names (fixups 2).
  await dialog.getByText('Chấp nhận số liệu như báo cáo').click();
  await expect(dialog.getByRole('radio', { name: `Ban Dân vận: ${bdv}`, exact: true })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: `Ban CHQS: ${qs}`, exact: true })).toBeVisible();
  await expect(dialog).not.toContainText('BDV:');
  await page.waitForTimeout(400);
  await screenshot(page, 'sua-loi-r6-chap-nhan-ten-don-vi');

  await dialog.getByText(/^Sửa số liệu/).click();
  await dialog.getByLabel(/Lý do/).fill('Xác nhận qua điện thoại');
  const qsInput = dialog.getByLabel(/^Số mới LV05 trong kỳ Ban CHQS/);
  const corrections = () => bridge.services.ctx.db.selectFrom('corrections').selectAll().execute();
  for (const [typed, why] of [
    ['1.5', 'số thập phân viết bằng dấu phẩy'],
    ['1,250', 'không rõ: "1,250" được đọc là 1,25'],
    ['mười', 'không phải số'],
    ['-3', 'số liệu không âm'],
  ] as const) {
    await qsInput.fill(typed);
    // Enter in a figure confirms the dialog (fixups 4): here the refusal shows, the dialog stays.
    await qsInput.press('Enter');
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(`"${typed}"`);
    await expect(alert).toContainText(why);
    await expect(alert).toContainText('Gõ số theo cách Việt Nam: 1.250 (một nghìn hai trăm năm mươi) hoặc 12,5');
    if (typed === '1.5') await screenshot(page, 'sua-loi-so-khong-chac-bi-tu-choi');
  }
  await expect(dialog).toBeVisible();
  expect(await corrections()).toEqual([]);

  await qsInput.fill(String(bdv));
  await qsInput.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Đã sửa số liệu');
  await expect(row).toContainText(`${qs} → ${bdv}`);

  await row.getByRole('button', { name: 'Mở lại…' }).click();
  await dialog.getByLabel('Lý do mở lại (bắt buộc)').fill('Ban CHQS gửi lại: số cũ mới đúng');
  await dialog.getByRole('button', { name: 'Mở lại' }).click();
  await expect(dialog).toBeHidden();
  // The original figure is in force again: R6 raises the finding, open, with both reported figures.
  await expect(row).toContainText('Chưa xử lý');
  await expect(row).toContainText(`Ban Dân vận: ${bdv}; Ban CHQS: ${qs}`);
  await expect(row.getByRole('button', { name: 'Xử lý' })).toBeVisible();
  await screenshot(page, 'sua-loi-mo-lai-so-goc');
  const rows = await corrections();
  expect(rows.map((r) => [r.old_value, r.new_value, r.is_current, r.withdrawn_reason])).toEqual([[qs, bdv, 0, 'Ban CHQS gửi lại: số cũ mới đúng']]);
  const audit = await bridge.services.ctx.db.selectFrom('audit_log').select(['action', 'reason']).where('action', 'in', ['withdraw_correction', 'reopen']).orderBy('id').execute();
  expect(audit).toEqual([
    { action: 'withdraw_correction', reason: 'Ban CHQS gửi lại: số cũ mới đúng' },
    { action: 'reopen', reason: 'Ban CHQS gửi lại: số cũ mới đúng' },
  ]);

  // The figure history of an R6 finding shows both bodies' figures, each line saying whose it is.
  await row.getByRole('button', { name: 'Xử lý' }).click();
  await dialog.getByText(/^Lịch sử số liệu/).click();
  const history = dialog.locator('.reconcile-history li');
  await expect(history.filter({ hasText: /Ban Dân vận · nhập tệp .* trong kỳ: / })).toHaveCount(1);
  await expect(history.filter({ hasText: /Ban CHQS · nhập tệp .* trong kỳ: / })).toHaveCount(1);
  await expect(history.filter({ hasText: `Ban CHQS · sửa` }).filter({ hasText: `${qs} → ${bdv}` })).toHaveCount(1);
  await expect(history.filter({ hasText: /Ban CHQS · bỏ số đã sửa, mở lại/ })).toHaveCount(1);
  await history.last().scrollIntoViewIfNeeded();
  await screenshot(page, 'xu-ly-r6-lich-su-hai-ban');
  await dialog.getByRole('button', { name: 'Hủy' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  expect(problems).toEqual([]);
});

test('Đối chiếu: Enter confirms the lock dialog; "Chọn tất cả" selects the rule\'s findings', async ({ page, bridge }) => {
  await storeDataSet(bridge.services.ctx, plantedR6(['532', '530', '535']));
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  await expect(findings.getByRole('checkbox', { name: /Chọn tất cả/ })).toHaveCount(0);
  await page.getByLabel('Lọc theo quy tắc').selectOption('R6');
  const all = findings.getByRole('checkbox', { name: 'Chọn tất cả 6 điểm của quy tắc này' });
  await all.check({ force: true });
  await expect(page.getByRole('group', { name: 'Xử lý các điểm đã chọn' })).toContainText('Đã chọn 6 điểm R6');
  await all.uncheck({ force: true });
  await expect(page.getByRole('group', { name: 'Xử lý các điểm đã chọn' })).toHaveCount(0);
  // Chosen by its first finding, without the filter: the header offers the rest of the rule.
  await page.getByLabel('Lọc theo quy tắc').selectOption('');
  await findings.getByRole('row').filter({ hasText: 'R6' }).first().getByRole('checkbox').check({ force: true });
  await findings.getByRole('checkbox', { name: 'Chọn tất cả 6 điểm của quy tắc này' }).check({ force: true });
  await expect(page.getByRole('group', { name: 'Xử lý các điểm đã chọn' })).toContainText('Đã chọn 6 điểm R6');
  await page.getByRole('button', { name: 'Bỏ chọn' }).click();

  await page.getByRole('button', { name: /Chốt số liệu/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Ghi chú (không bắt buộc)').fill('Chốt để giao ban');
  // In the note, Enter is a new line; outside it, Enter confirms.
  await dialog.getByLabel('Ghi chú (không bắt buộc)').press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('heading').click();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const lock = await bridge.services.ctx.db.selectFrom('period_locks').select(['period_code', 'note']).execute();
  expect(lock).toEqual([{ period_code: '2021-Q4', note: 'Chốt để giao ban' }]);
  expect(problems).toEqual([]);
});

test('Nhập báo cáo: while a batch is on screen the period follows its files when they agree, and says so when they differ', async ({ page, bridge }) => {
  const problems = await watchPage(page);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Nhập báo cáo' }).click();
  const select = page.getByLabel('Kỳ báo cáo');
  await select.selectOption('2021-Q1');
  await page.getByLabel('Chọn tệp báo cáo').setInputFiles([sample('BC quy 2-2021 BDV Minh Long.xlsx'), sample('BaoCao_Q2_BCHQS_SonHa.xlsx')]);
  await expect(page.getByText('Đã đọc 2/2 tệp')).toBeVisible({ timeout: 30_000 });
  // Nothing saved yet, and the page already speaks of Quý II.
  await expect(select).toHaveValue('2021-Q2');
  await expect(page.getByText('Kỳ của các tệp đang nhập')).toBeVisible();
  await screenshot(page, 'nhap-bao-cao-ky-cua-lo');

  await page.getByLabel('Chọn tệp báo cáo').setInputFiles([sample('NghiaHanh_BDV_Q1_2021.xlsx')]);
  await expect(page.getByText('Đã đọc 3/3 tệp')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Các tệp đang nhập thuộc nhiều kỳ: Quý I năm 2021, Quý II năm 2021')).toBeVisible();
  await expect(page.getByText('Kỳ của các tệp đang nhập')).toHaveCount(0);
  // A mixed batch keeps the clerk's choice.
  await select.selectOption('2021-Q1');
  await expect(select).toHaveValue('2021-Q1');
  await screenshot(page, 'nhap-bao-cao-nhieu-ky');
  expect(problems).toEqual([]);
});
