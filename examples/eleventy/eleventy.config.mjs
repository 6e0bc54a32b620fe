// An Eleventy 3 site whose charts are drawn at build time: the `chart` shortcode renders a
// tiv-charts element with tiv-charts/ssr.js (declarative shadow DOM, data included), and the
// script-tag bundle, copied beside the pages, takes the charts over in the reader's browser.
//
// In this folder, after `npm run build` in the repository (which makes dist/):
//   npx @11ty/eleventy          → _site/
//   npx @11ty/eleventy --serve  → http://localhost:8080/
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {renderChartHTML} from 'tiv-charts/ssr.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** A path of this folder as Eleventy takes it: relative to the directory it runs in (here, or a script's). */
const local = (...parts) => path.relative(process.cwd(), path.join(here, ...parts)) || '.';

/**
 * The width the charts are drawn at, px: the article's column (42rem, article.css) on a screen
 * wider than it. A reader at another width sees this drawing scaled until the script lays the
 * chart out again at the same height; without JavaScript, scaled it stays.
 */
const CHART_WIDTH = 672;

export default function (eleventyConfig) {
  eleventyConfig.ignores.add(local('README.md'));

  // {% chart charts.deliveries %}: the element, drawn, with its data ({tag, attributes} from _data/charts.mjs).
  eleventyConfig.addShortcode('chart', (chart) => renderChartHTML(chart.tag, {width: CHART_WIDTH, attributes: chart.attributes}));

  // The classic script that takes the charts over (a site installed from npm finds it in
  // node_modules/tiv-charts/dist/).
  const bundle = fileURLToPath(import.meta.resolve('tiv-charts/tiv-charts.min.js'));
  eleventyConfig.addPassthroughCopy({[path.relative(process.cwd(), bundle)]: 'tiv-charts.min.js'});
  eleventyConfig.addPassthroughCopy({[local('article.css')]: 'article.css'});
}
