import {expect} from '@open-wc/testing';
import {ChartDataError, type LayoutOptions} from '../../src/core/index.js';
import {ChartModelController} from '../../src/controllers/chart-model.js';
import type {DataState} from '../../src/controllers/data-controller.js';

const ready = (rows: unknown): DataState => ({status: 'ready', origin: 'property', rows});
const options = {multi: false};
const layoutOptions = (model: ChartModelController, mark: LayoutOptions['mark'] = 'column'): LayoutOptions => ({
  width: 400,
  height: 200,
  mark,
  formats: model.formats!,
  xs: model.model!.xs,
});

describe('ChartModelController (on a bare host)', () => {
  it('normalizes the rows of a ready state, and keeps the model while the state and options are the same', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    const state = ready([[2001, 1], [2002, 2]]);
    model.read(state, options);
    const first = model.model;
    expect(first?.xs).to.deep.equal([2001, 2002]);
    model.read(state, {...options});
    expect(model.model, 'same state and equal options').to.equal(first);
    model.read(ready([[2001, 1], [2002, 2]]), options);
    expect(model.model, 'a new state').not.to.equal(first);
  });

  it('keeps the same error object for the same bad data, so that chart-error fires once', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    const state = ready('not rows');
    model.read(state, options);
    const error = model.error;
    expect(error?.code).to.be.a('string');
    model.read(state, options);
    expect(model.error).to.equal(error);
    expect(model.model).to.equal(undefined);
  });

  it('takes the error of an error state', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    const error = new ChartDataError('fetch-failed', 'down');
    model.read({status: 'error', origin: 'src', error}, options);
    expect(model.error).to.equal(error);
  });

  it('fail() records a fault, keeping the object of the same fault', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    model.fail(new Error('boom'));
    const first = model.error;
    expect(first?.message).to.equal('boom');
    model.fail(new Error('boom'));
    expect(model.error).to.equal(first);
    model.fail(new Error('other'));
    expect(model.error).not.to.equal(first);
  });

  it('formats once per model and options', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    model.read(ready([[2001, 1500000], [2002, 2500000]]), options);
    model.format({locale: 'en', unit: ''});
    const formats = model.formats;
    expect(formats?.value(2500000)).to.match(/2\.5/);
    model.format({locale: 'en', unit: ''});
    expect(model.formats).to.equal(formats);
    model.format({locale: 'de', unit: ''});
    expect(model.formats).not.to.equal(formats);
    expect(model.xFormats.value(2001)).to.equal('2001');
  });

  it('lays out the series, and lists warnings: options, data, layout, then what was drawn', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    model.read(ready([[2001, 1], [2001, 2], [2002, 3]]), options);
    model.warn(['an option']);
    model.format({locale: 'en'});
    const layout = model.layOut(model.model!.series, layoutOptions(model));
    model.warn(['drawn'], 'drawn');
    model.warn(['another option']);
    expect(model.layout).to.equal(layout);
    expect(model.layoutSeries).to.equal(model.model!.series);
    const warnings = model.warnings;
    expect(warnings.slice(0, 2)).to.deep.equal(['an option', 'another option']);
    expect(warnings[2], 'the duplicate year').to.match(/repeats a year/);
    expect(warnings[warnings.length - 1]).to.equal('drawn');
    model.read(ready([[2001, 1]]), options);
    expect(model.warnings, 'a new reading starts a new list').to.deep.equal([]);
    expect(model.layout).to.equal(undefined);
  });

  it('lays out with the mark: columns drawn as rects, and band marks whose hover takes a whole x group', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    model.read(ready([[2001, 1], [2002, 3]]), options);
    model.format({locale: 'en'});
    const kind = (mark: LayoutOptions['mark']) => {
      const {columnar, band} = model.layOut(model.model!.series, layoutOptions(model, mark));
      return {columnar, band};
    };
    expect(kind('column')).to.deep.equal({columnar: true, band: false});
    expect(kind('bar')).to.deep.equal({columnar: true, band: true});
    expect(kind('stacked')).to.deep.equal({columnar: true, band: true});
    expect(kind('line')).to.deep.equal({columnar: false, band: false});
    expect(kind('area')).to.deep.equal({columnar: false, band: false});
  });

  it('prints each warning once per host', () => {
    const printed: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const model = new ChartModelController({localName: 'x-chart'});
      model.read(ready([[2001, 1]]), options);
      model.warn(['odd']);
      model.report();
      model.report();
      model.warnOnce('odd');
    } finally {
      console.warn = warn;
    }
    expect(printed).to.deep.equal(['<x-chart>: odd']);
  });

  it('knows whether the model is current for its other inputs', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    const size = {width: 1, height: 2};
    expect(model.isCurrent([size, 'en'])).to.equal(false);
    model.computedFrom([size, 'en']);
    expect(model.isCurrent([size, 'en'])).to.equal(true);
    expect(model.isCurrent([{width: 1, height: 2}, 'en']), 'compared by identity').to.equal(false);
    expect(model.isCurrent([size, 'de'])).to.equal(false);
  });

  it('describes the data once per formats and annotations, and not without data', () => {
    const model = new ChartModelController({localName: 'x-chart'});
    let spoken = 0;
    const spokenX = (x: number) => (spoken++, String(x));
    expect(model.summary({annotations: [], spokenX})).to.equal('');
    model.read(ready([[2001, 1], [2002, 3]]), options);
    model.format({locale: 'en'});
    const text = model.summary({annotations: [], spokenX});
    expect(text).to.match(/2001/);
    const calls = spoken;
    expect(model.summary({annotations: [], spokenX})).to.equal(text);
    expect(spoken, 'remembered').to.equal(calls);
    model.summary({annotations: [{year: 2002, label: 'peak'}], spokenX});
    expect(spoken, 'new annotations').to.be.greaterThan(calls);
  });
});
