// React 19 passes properties to custom elements and listens to their events natively: `data`
// and `annotations` are set as properties (arrays, not strings), and `onchart-error` listens to
// the element's `chart-error` event. The JSX types come from 'tiv-charts/react'.
//
// Inline arrays are fine: each render of this component hands the chart a new `annotations`
// array, equal to the last, and the chart redraws only when the JSON of such a value changes;
// `chart-render` fires only after a drawing that changed, so setting state in its handler
// does not loop.
import {useState} from 'react';
import 'tiv-charts/tiv-trend.js';
import type {} from 'tiv-charts/react';

export interface Row {
  year: number;
  value: number | null;
}

export function TivTrendChart({rows, heading}: {rows: Row[]; heading: string}) {
  const [error, setError] = useState<string>();
  const [warnings, setWarnings] = useState<string[]>([]);
  return (
    <section>
      <tiv-trend
        heading={heading}
        subheading="Trend-indicator values (TIV), millions"
        unit="mn"
        mark="column"
        highlight="max"
        data={rows}
        annotations={[{year: 2014, label: 'Crimea annexed'}]}
        onchart-error={(event) => setError(event.detail.message)}
        onchart-render={(event) => {
          setError(undefined);
          setWarnings(event.detail.warnings);
        }}
      />
      {error ? <p role="alert">{error}</p> : null}
      {warnings.length > 0 ? (
        <ul className="warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
