import {createRoot} from 'react-dom/client';
import {TivTrendChart} from './TivTrendChart.js';

const rows = [
  {year: 2019, value: 410},
  {year: 2020, value: 380},
  {year: 2021, value: 520},
];
createRoot(document.getElementById('app')!).render(<TivTrendChart rows={rows} heading="Arms imports, Country P" />);
