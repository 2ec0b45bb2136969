import { cleanDataSet, reportOf } from '../helpers/reconcile-data';
import { storeDataSet } from '../helpers/store-dataset';
import { screenshot, test, expect, watchPage } from './bridge';

test('Tổng quan and Đối chiếu: completeness, a planted disagreement settled by correction, then the period locked', async ({ page, bridge }) => {
  const ds = cleanDataSet({ historyYears: 1 });
  // Q4: Lý Sơn's Military Command has not reported; Nghĩa Hành's two units disagree on a joint activity.
  ds.reports = ds.reports.filter((r) => !(r.period === '2021-Q4' && r.districtCode === '536' && r.unitType === 'QS'));
  const qs = reportOf(ds, '2021-Q4', '532', 'QS');
  const agreed = reportOf(ds, '2021-Q4', '532', 'BDV').values.LV05!.period!;
  qs.values.LV05 = { period: agreed + 2, ytd: qs.values.LV05!.ytd! + 2 };
  await storeDataSet(bridge.services.ctx, ds);
  const problems = await watchPage(page);

  await page.goto(bridge.server.url);
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Tình hình gửi báo cáo' });
  await expect(matrix.getByRole('row').filter({ hasText: 'Lý Sơn' })).toContainText('Chưa gửi');
  await expect(page.getByText('25 đúng hạn')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Biểu đồ nội dung 1' })).toBeVisible();
  await screenshot(page, 'tong-quan');

  await page.getByRole('button', { name: 'Đối chiếu' }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  const r6 = findings.getByRole('row').filter({ hasText: 'R6' }).filter({ hasText: 'Thực hiện' });
  await expect(findings.getByRole('row').filter({ hasText: 'R1' })).toContainText('Lý Sơn');
  await screenshot(page, 'doi-chieu');
  await r6.first().getByRole('button', { name: 'Xử lý' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Sửa số liệu/ }).check();
  await dialog.getByLabel(/Số mới LV05 trong kỳ Ban CHQS/).fill(String(agreed));
  await dialog.getByLabel(/Lý do/).fill('Ban CHQS huyện Nghĩa Hành xác nhận lại số đợt khám bệnh');
  await screenshot(page, 'doi-chieu-xu-ly');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(dialog).toBeHidden();
  // Only the typed cell was corrected: the Ban Dân vận figure stays as reported.
  const corrections = await bridge.services.ctx.db.selectFrom('corrections').select(['new_value']).execute();
  expect(corrections).toEqual([{ new_value: agreed }]);
  // The corrected finding stays listed, settled, with old → new, who and when (issue 11.4).
  const corrected = findings.getByRole('row').filter({ hasText: 'Đã sửa số liệu' });
  await expect(corrected).toContainText(`Sửa số liệu: LV05 trong kỳ ${agreed + 2} → ${agreed}`);
  await expect(corrected).toContainText('Lý do: Ban CHQS huyện Nghĩa Hành xác nhận lại số đợt khám bệnh');
  await expect(corrected).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  await page.getByRole('tab', { name: 'So sánh Ban Dân vận | Ban CHQS' }).click();
  await page.getByLabel('Đơn vị so sánh').selectOption('532');
  await expect(page.getByRole('table', { name: 'So sánh hai báo cáo' }).getByRole('row').filter({ hasText: 'LV05' })).toBeVisible();
  await screenshot(page, 'doi-chieu-so-sanh');

  await page.getByRole('button', { name: 'Chốt số liệu…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chốt số liệu' }).click();
  await expect(page.getByText(/đã chốt số liệu lúc/)).toBeVisible();
  await page.getByRole('button', { name: 'Mở khóa…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('lý do');
  await page.getByRole('dialog').getByLabel('Lý do mở khóa (bắt buộc)').fill('Lý Sơn gửi báo cáo muộn');
  await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click();
  await expect(page.getByText(/điểm chênh lệch chưa xử lý/)).toBeVisible();
  expect(problems).toEqual([]);
});

test('Cài đặt → Đối chiếu: a rule switched off no longer produces findings', async ({ page, bridge }) => {
  const ds = cleanDataSet({ historyYears: 0 });
  ds.reports = ds.reports.filter((r) => !(r.period === '2021-Q4' && r.districtCode === '536' && r.unitType === 'QS'));
  await storeDataSet(bridge.services.ctx, ds);
  await page.goto(bridge.server.url);
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  const findings = page.getByRole('table', { name: 'Các điểm chênh lệch' });
  await expect(findings.getByRole('row').filter({ hasText: 'R1' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Đối chiếu' }).click();
  await page.getByText('R1 – Thiếu báo cáo').click();
  await page.getByRole('button', { name: 'Lưu thiết lập đối chiếu' }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();
  await screenshot(page, 'cai-dat-doi-chieu');
  await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
  await expect(page.getByText('Không có điểm chênh lệch nào.')).toBeVisible();
});
