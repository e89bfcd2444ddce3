import { expect } from '@open-wc/testing';
import { isIsoDate, todayInLondon, daysBetween, formatDate, formatMonth } from '../src/content/dates.js';

describe('dates', () => {
  describe('isIsoDate', () => {
    it('accepts real days written YYYY-MM-DD', () => {
      for (const d of ['2027-03-31', '2028-02-29', '2026-01-01']) expect(isIsoDate(d), d).to.be.true;
    });
    it('rejects other spellings and impossible days', () => {
      for (const d of [
        '31/03/27',
        '2027-3-31',
        '2027-02-29',
        '2027-02-30',
        '2027-13-01',
        '2027-03-31T00:00:00Z',
        ' 2027-03-31',
        '',
        20270331,
        null,
      ]) {
        expect(isIsoDate(d), String(d)).to.be.false;
      }
    });
  });

  describe('todayInLondon', () => {
    it('is the day in England in winter (GMT)', () => {
      expect(todayInLondon(new Date('2027-01-15T23:59:59Z'))).to.equal('2027-01-15');
      expect(todayInLondon(new Date('2027-01-16T00:00:00Z'))).to.equal('2027-01-16');
    });
    it('is the day in England in summer (BST), an hour ahead of UTC', () => {
      expect(todayInLondon(new Date('2027-03-30T22:59:59Z'))).to.equal('2027-03-30');
      expect(todayInLondon(new Date('2027-03-30T23:00:00Z'))).to.equal('2027-03-31');
    });
  });

  describe('daysBetween', () => {
    it('counts whole days, across the clock changes', () => {
      expect(daysBetween('2027-03-27', '2027-03-29')).to.equal(2);
      expect(daysBetween('2027-10-30', '2027-11-01')).to.equal(2);
      expect(daysBetween('2027-01-01', '2026-12-31')).to.equal(-1);
      expect(daysBetween('2027-03-31', '2027-03-31')).to.equal(0);
    });
  });

  describe('formatting', () => {
    it('writes dates as NHS.UK does', () => {
      expect(formatDate('2027-03-31')).to.equal('31 March 2027');
      expect(formatDate('2027-01-05')).to.equal('5 January 2027');
      expect(formatMonth('2025-03-14')).to.equal('March 2025');
    });

    it('keeps using one formatter, so later dates come out the same', () => {
      expect(['2027-03-31', '2027-04-01', '2027-12-25'].map(formatDate)).to.deep.equal([
        '31 March 2027',
        '1 April 2027',
        '25 December 2027',
      ]);
      expect(formatMonth('2027-12-25')).to.equal('December 2027');
    });

    it('gives back, as written, something that is not a date, rather than throwing', () => {
      expect(formatDate('31/03/27')).to.equal('31/03/27');
      expect(formatMonth('')).to.equal('');
    });
  });
});
