import { Card } from '@blueprintjs/core';
import type { PlanBundle } from '../../../shared/domain/plan';
import type { PeriodFigures } from '../../../shared/domain/reconcile';
import { formatNumber } from '../../format';

/**
 * Province totals per content area. Bars compare indicators of the same unit inside one area
 * only (buổi with buổi): a bar chart across different units would mislead.
 */
export function AreaTotals({ bundle, figures }: { bundle: PlanBundle; figures: PeriodFigures }) {
  return (
    <section className="area-totals" aria-label="Tổng số liệu toàn tỉnh theo nội dung">
      <h2>Tổng số liệu toàn tỉnh theo nội dung</h2>
      {figures.missing.length ? <p className="muted">Chưa tính {figures.missing.length} đơn vị chưa gửi báo cáo.</p> : null}
      <div className="tab-grid">
        {bundle.areas.map((area) => {
          const items = bundle.indicators.filter((i) => i.area === area.no).map((i) => ({ i, v: figures.province.byIndicator[i.code] ?? null }));
          const maxByUnit = new Map<string, number>();
          for (const { i, v } of items) maxByUnit.set(i.unit, Math.max(maxByUnit.get(i.unit) ?? 0, v ?? 0));
          return (
            <Card key={area.no} className="form-card">
              <h3>
                {area.no}. {area.title}
              </h3>
              <svg className="area-totals-bars" width="100%" height={items.length * 26} role="img" aria-label={`Biểu đồ nội dung ${area.no}`}>
                {items.map(({ i, v }, n) => {
                  const max = maxByUnit.get(i.unit) || 1;
                  const w = v ? Math.max(2, (v / max) * 100) : 0;
                  return (
                    <g key={i.code} transform={`translate(0, ${n * 26})`}>
                      <title>{`${i.code} ${i.label}: ${v === null ? 'chưa có số liệu' : `${formatNumber(v)} ${i.unit}`}`}</title>
                      <text x="0" y="16" className="area-totals-bar-code">
                        {i.code}
                      </text>
                      <rect x="48" y="5" width={`${w * 0.55}%`} height="14" rx="2" className={`area-totals-bar area-totals-bar-${i.kind}`} />
                      <text x="100%" y="16" textAnchor="end" className="area-totals-bar-value">
                        {v === null ? '—' : `${formatNumber(v)} ${i.unit}`}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </Card>
          );
        })}
      </div>
    </section>
  );
}
