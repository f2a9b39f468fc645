/** Defines `<benchmark-chart>` once; `components/benchmark/BenchmarkChartScript.astro` loads this only where a chart exists. */
import { BenchmarkChartElement } from './benchmark-chart-element.ts';

if (!customElements.get('benchmark-chart')) customElements.define('benchmark-chart', BenchmarkChartElement);
