import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { initiativeStatus, listOrder, isStale } from '../src/initiatives/initiative-status.js';
import { LondonDayController } from '../src/initiatives/london-day-controller.js';
import { todayInLondon } from '../src/content/dates.js';

const HOUR = 3_600_000;

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
    day = new LondonDayController(this);
    override updated() {
      this.updates++;
    }
  }
  customElements.define('test-london-day-host', Host);

  let clock: sinon.SinonFakeTimers;
  let host: Host;
  /** A host on the page at `now` (the fake clock's time), rendered once. */
  async function hostAt(now: string) {
    clock = sinon.useFakeTimers({ now: new Date(now), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    host = document.createElement('test-london-day-host') as Host;
    document.body.append(host);
    await host.updateComplete;
  }
  afterEach(() => {
    host.remove();
    clock.restore();
  });

  it('starts with the day in London', async () => {
    await hostAt('2027-01-14T23:59:59.500Z');
    expect(host.day.today).to.equal('2027-01-14');
    expect(host.updates).to.equal(1);
  });

  it('wakes at midnight (GMT) and updates the host with the new day', async () => {
    await hostAt('2027-01-14T23:59:59.500Z');
    await clock.tickAsync(499);
    await host.updateComplete;
    expect(host.day.today).to.equal('2027-01-14');
    expect(host.updates).to.equal(1);
    await clock.tickAsync(1);
    await host.updateComplete;
    expect(host.day.today).to.equal('2027-01-15');
    expect(host.updates).to.equal(2);
  });

  it("wakes at London's midnight in summer time, 23:00 UTC", async () => {
    await hostAt('2027-03-31T22:59:59Z');
    await clock.tickAsync(999);
    expect(host.day.today).to.equal('2027-03-31');
    await clock.tickAsync(1);
    await host.updateComplete;
    expect(host.day.today).to.equal('2027-04-01');
    expect(host.updates).to.equal(2);
  });

  it('wakes every hour, but updates the host only when the day has changed', async () => {
    await hostAt('2027-01-14T12:30:00Z');
    await clock.tickAsync(11 * HOUR);
    await host.updateComplete;
    expect(host.updates).to.equal(1);
    expect(clock.countTimers()).to.equal(1); // the next wake
    await clock.tickAsync(HOUR);
    await host.updateComplete;
    expect(host.day.today).to.equal('2027-01-15');
    expect(host.updates).to.equal(2);
    await clock.tickAsync(23 * HOUR);
    await host.updateComplete;
    expect(host.updates).to.equal(2);
  });

  it('checks again when the page becomes visible (timers sleep with the device)', async () => {
    await hostAt('2027-01-14T23:59:59.500Z');
    clock.setSystemTime(new Date('2027-01-16T09:00:00Z')); // the clock moves on; no timer has run
    document.dispatchEvent(new Event('visibilitychange'));
    await host.updateComplete;
    expect(host.day.today).to.equal('2027-01-16');
    expect(host.updates).to.equal(2);
  });

  it('stops when the host leaves the page', async () => {
    await hostAt('2027-01-14T23:59:59.500Z');
    expect(clock.countTimers()).to.equal(1);
    host.remove();
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(2 * 24 * HOUR);
    document.dispatchEvent(new Event('visibilitychange'));
    await host.updateComplete;
    expect(host.day.today).to.equal('2027-01-14');
    expect(host.updates).to.equal(1);
  });
});
