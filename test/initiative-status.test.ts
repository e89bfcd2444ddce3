import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { initiativeStatus, listOrder, isStale } from '../src/initiatives/initiative-status.js';
import { LondonDayController } from '../src/initiatives/london-day-controller.js';
import { todayInLondon } from '../src/content/dates.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('initiativeStatus', () => {
  const dates = { opens: '2027-01-05', closes: '2027-03-31' };

  describe('around `opens`', () => {
    it('is upcoming the day before', () => {
      expect(initiativeStatus(dates, '2027-01-04').state).to.equal('upcoming');
    });
    it('is open on the day', () => {
      expect(initiativeStatus(dates, '2027-01-05').state).to.equal('open');
    });
    it('is open the day after', () => {
      expect(initiativeStatus(dates, '2027-01-06').state).to.equal('open');
    });
  });

  describe('around `closes`', () => {
    it('is closing with 1 day left the day before', () => {
      expect(initiativeStatus(dates, '2027-03-30')).to.deep.equal({ state: 'closing', days: 1 });
    });
    it('is closing with 0 days left on the day (the last open day)', () => {
      expect(initiativeStatus(dates, '2027-03-31')).to.deep.equal({ state: 'closing', days: 0 });
    });
    it('is closed the day after', () => {
      expect(initiativeStatus(dates, '2027-04-01')).to.deep.equal({ state: 'closed', days: -1 });
    });
  });

  describe('the closing-soon window', () => {
    it('starts exactly `closingSoonDays` before closing', () => {
      expect(initiativeStatus(dates, '2027-03-01').state).to.equal('closing'); // 30 days
      expect(initiativeStatus(dates, '2027-02-28').state).to.equal('open'); // 31 days
    });
    it('can be set', () => {
      expect(initiativeStatus(dates, '2027-03-20', 7).state).to.equal('open');
      expect(initiativeStatus(dates, '2027-03-24', 7)).to.deep.equal({ state: 'closing', days: 7 });
    });
    it('is 0 days: only the closing day is "closing"', () => {
      expect(initiativeStatus(dates, '2027-03-30', 0).state).to.equal('open');
      expect(initiativeStatus(dates, '2027-03-31', 0).state).to.equal('closing');
    });
  });

  it('is open with no dates at all', () => {
    expect(initiativeStatus({}, '2027-01-01')).to.deep.equal({ state: 'open' });
  });
  it('is upcoming with only `opens` in the future', () => {
    expect(initiativeStatus({ opens: '2027-01-02' }, '2027-01-01').state).to.equal('upcoming');
  });
  it('is closed with only `closes` in the past', () => {
    expect(initiativeStatus({ closes: '2021-12-17' }, '2026-11-28').state).to.equal('closed');
  });
});

describe('listOrder', () => {
  const today = '2027-03-01';
  const items = [
    { name: 'closed long ago', closes: '2020-01-01' },
    { name: 'upcoming later', opens: '2027-09-01' },
    { name: 'open, no end' },
    { name: 'closed lately', closes: '2027-02-01' },
    { name: 'closing in 20', closes: '2027-03-21' },
    { name: 'upcoming soon', opens: '2027-04-01' },
    { name: 'closing in 5', closes: '2027-03-06' },
    { name: 'open until autumn', closes: '2027-10-01' },
  ];
  it('puts open first (closing soonest first), then upcoming, then closed', () => {
    const sorted = items
      .map((item) => ({ item, order: listOrder(item, initiativeStatus(item, today), today) }))
      .sort((a, b) => a.order - b.order)
      .map((e) => e.item.name);
    expect(sorted).to.deep.equal([
      'closing in 5',
      'closing in 20',
      'open until autumn',
      'open, no end',
      'upcoming soon',
      'upcoming later',
      'closed lately',
      'closed long ago',
    ]);
  });
});

describe('isStale', () => {
  it('is stale only when more than the given months have passed', () => {
    expect(isStale('2025-03-15', '2026-03-15')).to.equal(false);
    expect(isStale('2025-03-15', '2026-03-16')).to.equal(true);
    expect(isStale('2025-03-15', '2025-09-16', 6)).to.equal(true);
    expect(isStale(undefined, '2030-01-01')).to.equal(false);
  });
});

describe('todayInLondon at midnight', () => {
  it('follows BST: 23:30 UTC on 31 March 2027 is 00:30 on 1 April in London', () => {
    expect(todayInLondon(new Date('2027-03-31T22:59:59Z'))).to.equal('2027-03-31');
    expect(todayInLondon(new Date('2027-03-31T23:00:00Z'))).to.equal('2027-04-01');
    expect(todayInLondon(new Date('2027-03-31T23:30:00Z'))).to.equal('2027-04-01');
  });
  it('follows GMT: in January, London midnight is UTC midnight', () => {
    expect(todayInLondon(new Date('2027-01-14T23:59:59Z'))).to.equal('2027-01-14');
    expect(todayInLondon(new Date('2027-01-15T00:00:00Z'))).to.equal('2027-01-15');
  });
  it('turns "Closes today" into closed at London midnight in BST', () => {
    const closes = { closes: '2027-03-31' };
    expect(initiativeStatus(closes, todayInLondon(new Date('2027-03-31T22:30:00Z'))).state).to.equal('closing');
    expect(initiativeStatus(closes, todayInLondon(new Date('2027-03-31T23:30:00Z'))).state).to.equal('closed');
  });
});

describe('LondonDayController', () => {
  class Host extends LitElement {
    updates = 0;
    now = new Date('2027-01-14T23:59:59.500Z');
    clock = new LondonDayController(this, () => this.now);
    override updated() {
      this.updates++;
    }
  }
  customElements.define('test-london-day-host', Host);

  let host: Host;
  beforeEach(async () => {
    host = document.createElement('test-london-day-host') as Host;
    document.body.append(host);
    await host.updateComplete;
  });
  afterEach(() => host.remove());

  it('starts with the day in London', () => {
    expect(host.clock.today).to.equal('2027-01-14');
    expect(host.updates).to.equal(1);
  });

  it('wakes at midnight and updates the host with the new day', async () => {
    host.now = new Date('2027-01-15T00:00:00.500Z');
    await wait(1200); // the controller waits at least a second
    expect(host.clock.today).to.equal('2027-01-15');
    expect(host.updates).to.equal(2);
  });

  it('does not update the host when it wakes on the same day', async () => {
    host.now = new Date('2027-01-14T23:59:59.900Z');
    host.clock.check();
    await host.updateComplete;
    expect(host.updates).to.equal(1);
  });

  it('checks again when the page becomes visible (timers sleep with the device)', async () => {
    host.now = new Date('2027-01-16T09:00:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await host.updateComplete;
    expect(host.clock.today).to.equal('2027-01-16');
    expect(host.updates).to.equal(2);
  });

  it('stops when the host leaves the page', async () => {
    host.remove();
    host.now = new Date('2027-01-15T00:00:00.500Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await wait(1200);
    expect(host.clock.today).to.equal('2027-01-14');
    expect(host.updates).to.equal(1);
  });
});
