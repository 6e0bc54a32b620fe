import {expect} from '@open-wc/testing';
import {nothing} from 'lit';
import {LocaleController} from '../../src/controllers/locale.js';
import {registerMessages} from '../../src/core/index.js';
import {de} from '../../src/messages/de.js';


function hostIn(lang: string | null, locale?: string) {
  const parent = document.createElement('div');
  if (lang !== null) parent.setAttribute('lang', lang);
  const element = Object.assign(document.createElement('span'), {locale});
  parent.append(element);
  return element;
}

describe('LocaleController (on a bare host)', () => {
  before(() => registerMessages('de', de));

  it("uses the host's valid locale, else the nearest lang", () => {
    expect(new LocaleController(hostIn('fr', 'de-CH')).locale).to.equal('de-CH');
    expect(new LocaleController(hostIn('fr', 'not a tag!')).locale).to.equal('fr');
    expect(new LocaleController(hostIn('pt-BR')).locale).to.equal('pt-BR');
  });

  it("falls back to the document's language, else English", () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = '';
      expect(new LocaleController(hostIn(null)).locale).to.equal('en');
      document.documentElement.lang = 'de';
      expect(new LocaleController(hostIn(null)).locale).to.equal('de');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it("words in the element's language, with a lang only when they are not", () => {
    const german = new LocaleController(hostIn('de'));
    expect(german.messages.lang).to.equal('de');
    expect(german.lang === nothing).to.equal(true);
    const arabic = new LocaleController(hostIn('ar'));
    expect(arabic.messages.lang, 'no Arabic catalogue: English words').to.equal('en');
    expect(arabic.lang).to.equal('en');
  });

  it("the locale the formats resolved wins over the host's", () => {
    const controller = new LocaleController(hostIn('en'), () => 'de');
    expect(controller.messages.lang).to.equal('de');
    expect(controller.lang === nothing, 'German words in a chart whose numbers are German need no lang').to.equal(true);
  });
});
