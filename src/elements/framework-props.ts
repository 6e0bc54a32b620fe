import type {LitElement} from 'lit';

/** The read-only members of the chart elements (what they show), which a framework does not set. */
type ReadOnlyMembers = 'state' | 'error';

/**
 * The public properties of a chart element, each optional: what a framework sets on it, with
 * their real types (`mark` a union of the element's marks, `data` an array of rows, …). Lit's own
 * members and the read-only `state` and `error` are left out. `prefix` is the element's (text
 * before each number), not the DOM's.
 */
export type ElementProperties<E extends LitElement> = Partial<Omit<E, keyof LitElement | ReadOnlyMembers>> & {
  /** Text before each number, e.g. `$`. */
  prefix?: string;
};

/** A camelCase name in kebab-case, as Lit names attributes here: `yScale` → `y-scale`. */
type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/**
 * The properties whose attribute has another name (`y-scale`, `source-href`, `heading-level`,
 * …), under that name and with the property's type: JSX and templates may use either.
 */
export type ElementAttributes<E extends LitElement> = {
  [K in keyof ElementProperties<E> & string as KebabCase<K> extends K ? never : KebabCase<K>]?: ElementProperties<E>[K];
};
