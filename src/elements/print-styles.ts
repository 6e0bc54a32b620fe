import {css} from 'lit';

/**
 * Print (`@media print`): a chart is kept whole on one page, with its heading, marks, labels,
 * note and source in colours that print on white paper (a dark theme's light text would vanish,
 * as browsers leave backgrounds out by default); the controls and the tooltip, which paper cannot
 * use, are left out.
 */
export const printStyles = css`
  @media print {
    :host,
    :host([theme='light']),
    :host([theme='dark']) {
      --_text: var(--tiv-color-text, #000);
      --_background: transparent;
      --_highlight: var(--tiv-color-highlight, #c2410c);
      color-scheme: light;
      break-inside: avoid;
    }
    figure {
      break-inside: avoid;
    }
    .controls,
    .tooltip,
    .hover {
      display: none;
    }
  }
`;
