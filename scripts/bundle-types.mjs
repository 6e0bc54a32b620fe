// Type declarations for the two self-contained bundles (rollup writes no .d.ts for them).
import {writeFileSync} from 'node:fs';

writeFileSync(
  new URL('../dist/tiv-charts.bundle.d.ts', import.meta.url),
  "// The self-contained ES module bundle: both elements, registerMessages and ChartDataError, with Lit and d3 inside.\nexport * from './bundle.js';\n"
);
writeFileSync(
  new URL('../dist/tiv-charts.min.d.ts', import.meta.url),
  "// The classic-script bundle registers the elements and defines the global TivCharts.\nimport type * as TivChartsModule from './bundle.js';\ndeclare global {\n  var TivCharts: typeof TivChartsModule;\n}\nexport {};\n"
);
