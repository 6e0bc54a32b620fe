/** A demo story: one element in one state. */
export interface Story {
  id: string;
  element: 'tiv-trend' | 'spend-compare';
  title: string;
  /** Canvas width, px (default 768). */
  width?: number;
  /** Attributes of a wrapping <div>, e.g. `dir="rtl" lang="ar"`. */
  wrap?: string;
  /** Media features the story is about, e.g. forced colours (emulated in the tests). */
  media?: Record<string, string>;
  html: string;
}
export declare const stories: Story[];
