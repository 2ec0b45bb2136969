import path from 'node:path';
import type { Call } from '../call';
import { emit, usageError, type CliIo } from '../io';
import { readJsonObject } from '../json-file';
import { planYear } from '../plan-year';

/** What `plan set` saves: one item per file, so each change is one channel call, whole or not at all. */
const ITEMS = {
  plan: 'thông tin kế hoạch',
  area: 'nội dung phối hợp',
  indicator: 'chỉ tiêu',
  district: 'đơn vị',
  period: 'kỳ báo cáo',
} as const;
type Item = keyof typeof ITEMS;

const LIKE = `có đúng một mục ${Object.keys(ITEMS).join(' | ')}, mỗi mục viết như trong "plan show --json" (ví dụ {"indicator": {…}})`;

/**
 * `plan set --file F [--year Y]`: one edit of the Danh mục page (a plan's title, an area, an
 * indicator, a district, a period) through the channel the page saves with, so the same checks
 * and audit row hold; the item is written as `plan show --json` prints it.
 */
export async function planSet(call: Call, io: CliIo, flags: { file?: string; year?: string }): Promise<void> {
  if (!flags.file) throw usageError(`Cần --file TỆP: tệp JSON ${LIKE}.`);
  const file = path.resolve(flags.file);
  const given = readJsonObject(file, LIKE);
  const keys = Object.keys(given);
  const item = keys[0] as Item;
  if (keys.length !== 1 || !(item in ITEMS)) throw usageError(`Tệp ${file} phải ${LIKE}; tệp có: ${keys.join(', ') || 'không mục nào'}.`);
  const value = given[item] as never;
  const year = () => planYear(call, flags.year);
  if ((item === 'plan' || item === 'period') && flags.year !== undefined) throw usageError(`Mục ${item} tự ghi năm của nó; bỏ --year.`);
  const saved =
    item === 'plan'
      ? await call('plan.saveInfo', { plan: value })
      : item === 'period'
        ? await call('plan.savePeriod', { period: value })
        : item === 'area'
          ? await call('plan.saveArea', { year: await year(), area: value })
          : item === 'indicator'
            ? await call('plan.saveIndicator', { year: await year(), indicator: value })
            : await call('plan.saveDistrict', { year: await year(), district: value });
  emit(io, { saved: item, value: saved }, () => `Đã lưu ${ITEMS[item]}.`);
}
