// React 19 passes properties to custom elements and listens to their events natively:
// `data` is set as a property (an array, not a string), and `onchart-error` listens to
// the element's `chart-error` event. The JSX types come from 'tiv-charts/react'.
import {useState} from 'react';
import 'tiv-charts/tiv-trend.js';
import type {} from 'tiv-charts/react';

export interface Row {
  year: number;
  value: number | null;
}

export function TivTrendChart({rows, heading}: {rows: Row[]; heading: string}) {
  const [error, setError] = useState<string>();
  return (
    <figure>
      <tiv-trend
        heading={heading}
        unit="mn"
        mark="column"
        data={rows}
        onchart-error={(event) => setError(event.detail.message)}
        onchart-render={() => setError(undefined)}
      />
      {error ? <p role="status">{error}</p> : null}
    </figure>
  );
}
