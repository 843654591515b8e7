import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  /** What a screen reader hears instead of the canvas (the table below has the figures). */
  label: string;
  /** One bar per entry, drawn left to right. */
  values: number[];
  /** The x-axis label of entry i ("9시", "월", "11/28"). */
  xLabel: (i: number) => string;
  /** A value on the y axis (short) and in the hover legend (full). */
  yTick: (v: number) => string;
  yValue: (v: number) => string;
  seriesName: string;
  /** Label steps the x axis may use (every bar, every 2nd, …), densest first. */
  xSteps?: number[];
  /** Least pixels between two x labels (a short "월" needs fewer than "11/28"). */
  xSpace?: number;
  height?: number;
}

const ONE = [1];
const FONT = "12px system-ui, 'Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif";

/**
 * A bar chart on uPlot's canvas, as wide as its container: a ResizeObserver keeps the
 * canvas at the container's width when the window or the grid column changes.
 */
export function BarChart({
  label,
  values,
  xLabel,
  yTick,
  yValue,
  seriesName,
  xSteps = ONE,
  xSpace = 40,
  height = 220,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  // The latest formatters, read by the chart's callbacks without rebuilding it.
  const fmt = useRef({ xLabel, yTick, yValue });
  fmt.current = { xLabel, yTick, yValue };
  // The bar under the pointer, read out under the chart (uPlot's own legend reads poorly for one series).
  const [hover, setHover] = useState<number | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = values.map((_, i) => i);
    const top = Math.max(...values, 1);
    const chart = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        padding: [12, 12, 0, 0],
        cursor: { drag: { x: false, y: false }, points: { show: false } },
        legend: { show: false },
        hooks: { setCursor: [(u) => setHover(u.cursor.idx ?? null)] },
        scales: {
          x: { time: false, range: () => [-0.5, values.length - 0.5] },
          y: { range: () => [0, top * 1.1] },
        },
        axes: [
          {
            font: FONT,
            stroke: '#66717f',
            grid: { show: false },
            ticks: { show: false },
            incrs: xSteps,
            space: xSpace,
            size: 30,
            values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? fmt.current.xLabel(s) : '')),
          },
          {
            font: FONT,
            stroke: '#66717f',
            size: 64,
            grid: { stroke: '#eef0f3' },
            ticks: { show: false },
            values: (_u, splits) => splits.map((s) => fmt.current.yTick(s)),
          },
        ],
        series: [
          {},
          {
            label: seriesName,
            fill: 'rgba(36, 87, 197, 0.75)',
            stroke: '#2457c5',
            width: 0,
            paths: uPlot.paths.bars!({ size: [0.7, 48], radius: 0.15 }),
            points: { show: false },
          },
        ],
      },
      [xs, values],
      el,
    );
    const ro = new ResizeObserver(() => {
      const width = Math.max(200, el.clientWidth);
      if (width !== chart.width) chart.setSize({ width, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      chart.destroy();
    };
  }, [values, height, seriesName, xSteps, xSpace]);

  return (
    <>
      <div ref={box} className="bar-chart" role="img" aria-label={label} />
      <p className="chart-readout" aria-hidden="true">
        {hover !== null && values[hover] !== undefined
          ? `${xLabel(hover)} · ${seriesName} ${yValue(values[hover])}`
          : ' '}
      </p>
    </>
  );
}
