// A time-series chart (uPlot) with its numbers as a table beside it, for screen readers and for
// anyone who wants the values.
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { date, num } from './common.jsx';

/**
 * @param series [{ label, values, color, dash, bars }]
 * @param x      week start times (ISO strings)
 */
export function Chart({ title, x, series, unit = '', height = 180 }) {
  const box = useRef(null);
  const headingId = useId();
  const plot = useRef(null);

  useEffect(() => {
    if (!box.current) return undefined;
    const width = () => Math.max(240, box.current.clientWidth);
    const data = [x.map((t) => new Date(t).getTime() / 1000), ...series.map((s) => s.values.map((v) => (v === null || v === undefined ? null : v)))];
    const options = {
      width: width(),
      height,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (u, min, max) => [Math.min(0, min ?? 0), Math.max(1, (max ?? 1) * 1.15)] } },
      axes: [
        { stroke: '#333', grid: { stroke: '#e3e3e3' }, values: (u, ticks) => ticks.map((t) => date(t * 1000).replace(/ \d{4}$/, '')) },
        { stroke: '#333', grid: { stroke: '#e3e3e3' }, size: 48 },
      ],
      series: [
        { label: 'Week from' , value: (u, v) => (v == null ? '–' : date(v * 1000)) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          dash: s.dash,
          fill: s.bars ? `${s.color}33` : undefined,
          paths: s.bars ? uPlot.paths.bars({ size: [0.6, 40] }) : undefined,
          points: { show: true, size: 5 },
          spanGaps: false,
          value: (u, v) => (v == null ? '–' : `${num(v)}${unit}`),
        })),
      ],
    };
    plot.current = new uPlot(options, data, box.current);
    const resize = new ResizeObserver(() => plot.current?.setSize({ width: width(), height }));
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [x, series, height, unit]);

  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption id={headingId}>{title}</figcaption>
      <div ref={box} className="chart-canvas" aria-hidden="true" />
      <details>
        <summary>Values of “{title}”</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`Values of ${title}`}>
          <table className="chart-table">
            <thead>
              <tr><th scope="col">Week from</th>{series.map((s) => <th key={s.label} scope="col" className="numeric">{s.label}</th>)}</tr>
            </thead>
            <tbody>
              {x.map((t, i) => (
                <tr key={t}>
                  <th scope="row">{date(t)}</th>
                  {series.map((s) => <td key={s.label} className="numeric">{s.values[i] == null ? '–' : `${num(s.values[i])}${unit}`}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export const COLORS = { blue: '#1f5fa8', orange: '#b35900', green: '#2d7a3a', red: '#b3261e', purple: '#6b3fa0', grey: '#555555' };

/** The four flow charts of a pod or a domain from weekly history rows. */
export function FlowCharts({ history }) {
  if (!history?.length) return <p className="empty">No weekly history.</p>;
  const x = history.map((w) => w.weekStart);
  return (
    <div className="charts">
      <Chart title="Throughput (work items done per week)" x={x}
        series={[{ label: 'Done', values: history.map((w) => w.throughput), color: COLORS.blue, bars: true }]} />
      <Chart title="Lead time (committed to done, mean hours)" x={x} unit=" h"
        series={[{ label: 'Lead time', values: history.map((w) => w.leadTimeHours), color: COLORS.purple }]} />
      <Chart title="Work in progress vs WIP limit (at week end)" x={x}
        series={[
          { label: 'WIP', values: history.map((w) => w.wip), color: COLORS.orange },
          { label: 'WIP limit', values: history.map((w) => w.wipLimit), color: COLORS.grey, dash: [6, 4] },
        ]} />
      <Chart title="Dependency aging (open dependencies consumed, at week end)" x={x}
        series={[
          { label: 'Oldest (days)', values: history.map((w) => w.oldestOpenDependencyDays), color: COLORS.red },
          { label: 'Open', values: history.map((w) => w.openDependencies), color: COLORS.green, dash: [4, 3] },
        ]} />
    </div>
  );
}
