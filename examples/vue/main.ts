// Vue 3 sets `data` as a DOM property when the element has one (it does once defined), and
// `onChartError` listens to `chart-error`. Tell Vue's template compiler that tiv-* and
// spend-compare are custom elements: `compilerOptions.isCustomElement` (see README).
import {createApp, defineComponent, h, ref} from 'vue';
import 'tiv-charts/spend-compare.js';

const Chart = defineComponent({
  props: {heading: {type: String, required: true}},
  setup(props) {
    const error = ref<string>();
    const rows = [
      {year: 2019, china: 240.3, russia: 65.2},
      {year: 2020, china: 244.9, russia: 66.8},
    ];
    return () => [
      h('spend-compare', {
        heading: props.heading,
        prefix: '$',
        unit: 'bn',
        data: rows,
        onChartError: (event: CustomEvent<{message: string}>) => (error.value = event.detail.message),
      }),
      error.value ? h('p', {role: 'status'}, error.value) : null,
    ];
  },
});

createApp({render: () => h(Chart, {heading: 'Military spending'})}).mount('#app');
