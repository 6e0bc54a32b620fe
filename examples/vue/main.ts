// Vue 3 sets `data` and `series` as DOM properties when the element has them (it does once
// defined), and `onChartError` listens to `chart-error`. In templates, tell Vue's compiler that
// tiv-trend and spend-compare are custom elements: `compilerOptions.isCustomElement` (see
// README); the types of their props and events for templates come from 'tiv-charts/vue'.
// The `series` array below is new at each render, and equal: the chart does not redraw for it.
import {createApp, defineComponent, h, ref} from 'vue';
import 'tiv-charts/spend-compare.js';

// SIPRI Military Expenditure Database 2021: US$ billions at constant 2019 prices.
const rows = [
  {year: 2015, china: 192.8, russia: 74.6},
  {year: 2016, china: 203.9, russia: 80.0},
  {year: 2017, china: 216.5, russia: 64.8},
  {year: 2018, china: 229.2, russia: 62.4},
  {year: 2019, china: 240.3, russia: 65.2},
  {year: 2020, china: 244.9, russia: 66.8},
];

const Chart = defineComponent({
  props: {heading: {type: String, required: true}},
  setup(props) {
    const error = ref<string>();
    const drawn = ref(0);
    return () => [
      h('spend-compare', {
        heading: props.heading,
        subheading: 'Military expenditure, US$ billions at constant 2019 prices',
        prefix: '$',
        unit: 'bn',
        data: rows,
        series: [
          {key: 'china', label: 'China'},
          {key: 'russia', label: 'Russia'},
        ],
        onChartError: (event: CustomEvent<{message: string}>) => (error.value = event.detail.message),
        onChartRender: () => {
          error.value = undefined;
          drawn.value++;
        },
      }),
      error.value ? h('p', {role: 'alert'}, error.value) : null,
      h('p', {class: 'drawn'}, `Drawn ${drawn.value} ${drawn.value === 1 ? 'time' : 'times'}.`),
    ];
  },
});

createApp({render: () => h(Chart, {heading: 'China outspends Russia almost fourfold'})}).mount('#app');
