import { describe, expect, it } from 'vitest';
import { reportOf } from '../../helpers/reconcile-data';
import { foundEverywhere, fresh, run } from './helpers';

describe('R3: a report filed against the identity its file states', () => {
  it('is a warning of its unit and period only, naming the file and what the import noted', () => {
    const ds = fresh();
    const r = reportOf(ds, '2021-Q3', '533', 'QS');
    r.identityOverrides = ['Tệp ghi Quý II năm 2021 (ô Sheet1!A2) nhưng Văn thư đã xác nhận lưu là Quý III năm 2021.'];
    expect(foundEverywhere(ds)).toEqual(['2021-Q3: R3 533 QS *']);
    const f = run(ds, '2021-Q3').findings.find((x) => x.rule === 'R3');
    expect(f).toMatchObject({ severity: 'warning', key: `R3|2021-Q3|533|QS|*|identity-overridden-r${r.id}`, reportIds: [r.id] });
    expect(f?.message).toContain(`(tệp "${r.fileName}") được lưu khác với nội dung tệp: Tệp ghi Quý II năm 2021 (ô Sheet1!A2)`);
  });
});
