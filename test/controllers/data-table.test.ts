import {expect, waitUntil} from '@open-wc/testing';
import {DataTableController} from '../../src/controllers/data-table.js';
import {TestHost} from './host.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('DataTableController (on a bare host)', () => {
  it('builds the hidden table in the frame after the first chart is drawn', async () => {
    const host = new TestHost();
    let drawn = false;
    const table = new DataTableController(host, () => drawn);
    host.connect();
    host.update();
    await frame();
    expect(table.ready, 'nothing drawn yet').to.equal(false);
    drawn = true;
    host.update();
    expect(table.ready, 'not in the same frame').to.equal(false);
    const updates = host.updates;
    await waitUntil(() => table.ready, 'ready a frame later');
    expect(host.updates).to.equal(updates + 1);
    host.disconnect();
  });

  it('a host removed before that frame builds no table, and asks again when put back', async () => {
    const host = new TestHost();
    const table = new DataTableController(host, () => true);
    host.connect();
    host.update();
    host.disconnect();
    await frame();
    expect(table.ready).to.equal(false);
    const updates = host.updates;
    host.connect();
    expect(host.updates, 'asks for the update that schedules the table').to.equal(updates + 1);
    host.update();
    await waitUntil(() => table.ready);
    host.disconnect();
  });

  it('toggle() shows and hides the table', () => {
    const host = new TestHost();
    const table = new DataTableController(host, () => true);
    table.toggle();
    expect(table.open).to.equal(true);
    table.toggle();
    expect(table.open).to.equal(false);
    expect(host.updates).to.equal(2);
  });
});
