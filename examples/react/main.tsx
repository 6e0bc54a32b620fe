import {createRoot} from 'react-dom/client';
import {TivTrendChart} from './TivTrendChart.js';

// SIPRI Arms Transfers Database: TIV of Russia's arms exports to China, millions.
function App() {
  return (
    <TivTrendChart
      heading="Russia’s arms deliveries to China peaked in 2005"
      rows={[
        {year: 2000, value: 2231},
        {year: 2001, value: 2495},
        {year: 2002, value: 2536},
        {year: 2003, value: 2066},
        {year: 2004, value: 2872},
        {year: 2005, value: 3077},
        {year: 2006, value: 2450},
        {year: 2007, value: 1301},
        {year: 2008, value: 1459},
        {year: 2009, value: 1100},
        {year: 2010, value: 657},
        {year: 2011, value: 743},
        {year: 2012, value: 598},
        {year: 2013, value: 694},
        {year: 2014, value: 602},
        {year: 2015, value: 755},
        {year: 2016, value: 691},
        {year: 2017, value: 986},
        {year: 2018, value: 1767},
        {year: 2019, value: 1179},
        {year: 2020, value: 632},
        {year: 2021, value: 773},
      ]}
    />
  );
}

createRoot(document.getElementById('app')!).render(<App />);
