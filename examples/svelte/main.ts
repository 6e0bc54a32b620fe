import {mount} from 'svelte';
import App from './App.svelte';

// SIPRI Arms Transfers Database: TIV of Russia's arms exports to China, millions.
const rows = [
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
];

mount(App, {target: document.getElementById('app')!, props: {heading: 'Russia’s arms deliveries to China since 2012', rows}});
