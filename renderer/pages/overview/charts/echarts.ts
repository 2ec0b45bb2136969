import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { useEffect, useRef } from 'react';

// Only what the overview draws: bars, axes, legend, tooltip, SVG (no canvas, no full bundle).
use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** The project's chart text: Be Vietnam Pro like the rest of the page. */
const TEXT = { fontFamily: '"Be Vietnam Pro", sans-serif', fontSize: 12, color: '#1c2127' };

/**
 * Tooltips are plain text: `renderMode: 'richText'` draws them in the SVG, never as HTML, so no
 * name from a workbook can become markup (the HTML tooltip was ECharts' XSS, CVE-2026-45249).
 */
const PLAIN_TOOLTIP: TooltipComponentOption = { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } };

/** Mounts an ECharts SVG chart on the returned element and keeps it in step with `option`. */
export function useChart(option: ChartOption) {
  const el = useRef<HTMLDivElement | null>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const c = init(el.current, null, { renderer: 'svg', locale: 'EN' });
    chart.current = c;
    const onResize = () => c.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ textStyle: TEXT, animation: false, ...option, tooltip: { ...PLAIN_TOOLTIP, ...(option.tooltip as TooltipComponentOption | undefined) } }, true);
  }, [option]);
  return el;
}
