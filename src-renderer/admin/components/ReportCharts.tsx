/**
 * The reports screen's canvas charts. This module and uPlot form their own chunk, loaded by
 * ReportsScreen with React.lazy: no other admin screen pays for the chart library.
 */
import { useMemo, type ReactNode } from 'react';
import type { Report, ReportBucket } from '../../../src-shared/types';
import { useAdminT, useFormat } from '../state/admin-i18n';
import { WEEK_ORDER, WEEKDAYS } from '../state/reports-dictionary';
import { BarChart } from './BarChart';

const HOUR_STEPS = [1, 2, 3, 4, 6];
const WEEK_STEPS = [1];
const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91];

/** "12만" / "₩120k": y-axis ticks stay short; the legend and tables show the full amount. */
function shortWon(n: number, lang: 'ko' | 'en'): string {
  if (n === 0) return '0';
  if (lang === 'ko') return n >= 10_000 ? `${+(n / 10_000).toFixed(1)}만` : n.toLocaleString('en-US');
  return n >= 1000 ? `₩${+(n / 1000).toFixed(1)}k` : `₩${n}`;
}

/** "11/28": the range's year is in the picker above. */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

interface PanelProps {
  title: string;
  testId: string;
  keyHead: string;
  rows: (ReportBucket & { key: string; label: string })[];
  chart: ReactNode;
}

/** One chart with its figures as a table underneath (folded, so the charts stay in view). */
function ChartPanel({ title, testId, keyHead, rows, chart }: PanelProps) {
  const t = useAdminT();
  const f = useFormat();
  return (
    <section className="report-card chart-card" data-testid={testId}>
      <h3>{title}</h3>
      {chart}
      <details className="chart-data">
        <summary>{t('repShowTable')}</summary>
        <table className="report-table">
          <thead>
            <tr>
              <th>{keyHead}</th>
              <th className="num">{t('repOrders')}</th>
              <th className="num">{t('repAmount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <td>{r.label}</td>
                <td className="num">{r.order_count}</td>
                <td className="num">{f.won(r.sales_total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export default function ReportCharts({ report: r }: { report: Report }) {
  const t = useAdminT();
  const f = useFormat();
  const lang = f.lang;
  const days = useMemo(() => r.by_day.map((d) => d.sales_total), [r]);
  const hours = useMemo(() => r.by_hour.map((h) => h.sales_total), [r]);
  const week = useMemo(
    () => WEEK_ORDER.map((w) => r.by_weekday.find((d) => d.weekday === w)?.sales_total ?? 0),
    [r],
  );
  const tick = (v: number) => shortWon(v, lang);
  const hourLabel = (h: number) => t('repHourN', { n: h });
  const common = { yTick: tick, yValue: f.won, seriesName: t('repSales') };

  return (
    <div className="report-charts">
      {r.by_day.length > 1 && (
        <ChartPanel
          title={t('repByDay')}
          testId="report-by-day"
          keyHead={t('repDate')}
          rows={r.by_day.filter((d) => d.order_count > 0).map((d) => ({ ...d, key: d.date, label: d.date }))}
          chart={
            <BarChart
              key={lang}
              label={t('repByDay')}
              values={days}
              xLabel={(i) => monthDay(r.by_day[i]?.date ?? '')}
              xSteps={DAY_STEPS}
              xSpace={44}
              {...common}
            />
          }
        />
      )}
      <ChartPanel
        title={t('repByHour')}
        testId="report-by-hour"
        keyHead={t('repHour')}
        rows={r.by_hour
          .filter((h) => h.order_count > 0)
          .map((h) => ({ ...h, key: String(h.hour), label: hourLabel(h.hour) }))}
        chart={
          <BarChart
            key={lang}
            label={t('repByHour')}
            values={hours}
            xLabel={hourLabel}
            xSteps={HOUR_STEPS}
            xSpace={34}
            {...common}
          />
        }
      />
      <ChartPanel
        title={t('repByWeekday')}
        testId="report-by-weekday"
        keyHead={t('repWeekday')}
        rows={WEEK_ORDER.map((w) => {
          const d = r.by_weekday.find((x) => x.weekday === w);
          return {
            key: String(w),
            label: WEEKDAYS[lang][w],
            order_count: d?.order_count ?? 0,
            sales_total: d?.sales_total ?? 0,
          };
        })}
        chart={
          <BarChart
            key={lang}
            label={t('repByWeekday')}
            values={week}
            xLabel={(i) => WEEKDAYS[lang][WEEK_ORDER[i] ?? 0]}
            xSteps={WEEK_STEPS}
            xSpace={20}
            {...common}
          />
        }
      />
    </div>
  );
}
