import type {ChartTag} from './options.js';
import {renderElement} from './render-html.js';
import {chartProblems, renderSvg} from './render-svg.js';
import {checkScale, rasterise, type PngRenderOptions} from './render-png.js';

/** The formats the `tiv-charts` command writes. @internal */
export type FileFormat = 'svg' | 'png' | 'html';

/**
 * A chart rendered for the `tiv-charts` command (`bin/tiv-charts.mjs`): the file's content and
 * what the element said about the chart it drew (a bad `ratio`'s message, ignored attributes),
 * for stderr. Data the element cannot draw throw for every format, as `renderChartSVG` does,
 * unless `keepMessage` asks for the HTML with the element's message in the plot's place.
 * @throws {ChartRenderError} as `renderChartSVG` does; the errors of `renderChartPNG`.
 * @internal
 */
export async function renderFile(
  tag: ChartTag,
  format: FileFormat,
  options: PngRenderOptions,
  keepMessage = false
): Promise<{content: string | Uint8Array; warnings: string[]}> {
  if (format === 'html') {
    const {html, element} = await renderElement(tag, options);
    const problem = chartProblems(tag, html, element);
    if (problem.error && !keepMessage) throw problem.error;
    return {content: html, warnings: problem.warnings};
  }
  if (format === 'png') checkScale(options);
  const {svg, problem} = await renderSvg(tag, options);
  if (problem.error) throw problem.error;
  return {content: format === 'png' ? await rasterise(svg, options) : svg, warnings: problem.warnings};
}
