import type { LineChartOption } from './EChart.tsx';

// A line chart of figures over analysis dates, one series per figure.

export interface HistorySeries {
  name: string;
  values: (number | null)[];
  /** A second y axis on the right, for figures on another scale. */
  rightAxis?: boolean;
}

export function historyChartOption(dates: string[], series: HistorySeries[], digits = 3): LineChartOption {
  const hasRight = series.some((s) => s.rightAxis);
  const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(digits));
  return {
    animation: false,
    grid: { left: 48, right: hasRight ? 48 : 16, top: 40, bottom: 28 },
    legend: { top: 0, type: 'scroll', textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (typeof value === 'number' ? format(value) : '—') },
    xAxis: { type: 'category', data: dates, boundaryGap: false, axisLabel: { fontSize: 10 } },
    yAxis: [
      { type: 'value', scale: true, axisLabel: { fontSize: 10 } },
      ...(hasRight
        ? [{ type: 'value' as const, scale: true, axisLabel: { fontSize: 10 }, splitLine: { show: false } }]
        : []),
    ],
    series: series.map((s) => ({
      type: 'line' as const,
      name: s.name,
      data: s.values,
      yAxisIndex: s.rightAxis ? 1 : 0,
      showSymbol: dates.length < 40,
      connectNulls: true,
    })),
  };
}
