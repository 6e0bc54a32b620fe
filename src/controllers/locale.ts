import {isServer, nothing} from 'lit';
import {messagesFor, validLocale, type Messages} from '../core/index.js';

/** What the locale controller needs of its host. */
export interface LocaleHost extends Pick<Element, 'closest' | 'getAttribute'> {
  /** The author's BCP 47 locale, if any. */
  locale?: string;
}

/**
 * The language of a chart, as a controller object of its host (read while it renders; no
 * lifecycle hooks): the locale of its numbers (`locale` when
 * valid, else the nearest `lang`, else `en`), the words it generates ({@link messages}), and the
 * `lang` to put on them when they are not in the element's language.
 */
export class LocaleController {
  /**
   * @param _resolved - The locale the number formats resolved, once there are formats (it wins
   * over {@link locale}, as the words must match the numbers).
   */
  constructor(
    private readonly _host: LocaleHost,
    private readonly _resolved: () => string | undefined = () => undefined
  ) {}

  /** The locale in use: the host's `locale` when valid, else the nearest `lang`, else `en`. */
  get locale(): string {
    const own = validLocale(this._host.locale);
    if (own) return own;
    // A server render has no document: there the element's own `locale` or `lang` is all there is.
    if (isServer) return validLocale(this._host.getAttribute('lang')) ?? 'en';
    const lang = this._host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return validLocale(lang) ?? 'en';
  }

  /** Words in the element's language (English where there is no catalogue for it). */
  get messages(): Messages {
    return messagesFor(this._resolved() ?? this.locale);
  }

  /**
   * A `lang` for generated words when they are not in the element's language (English on an
   * Arabic page), so that a screen reader uses the right voice; `nothing` when they are.
   */
  get lang(): string | typeof nothing {
    const m = this.messages;
    const page = (this._resolved() ?? this.locale).toLowerCase().split('-')[0];
    return m.lang === page ? nothing : m.lang;
  }
}
