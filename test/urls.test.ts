import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/content/urls.js';

describe('safeUrl', () => {
  it('keeps http, https, mailto, tel and relative links as written', () => {
    for (const url of [
      'https://www.nhsemployers.org/articles/x',
      'http://example.nhs.uk',
      'mailto:recruitment@example.nhs.uk',
      'tel:+441234567890',
      '/workforce/inclusive-recruitment',
      'case-studies/leeds.html',
      '../content.json',
      '#top',
      '?page=2',
      '//cdn.example.nhs.uk/x.json',
      'HTTPS://EXAMPLE.NHS.UK',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('trims surrounding spaces', () => {
    expect(safeUrl('  https://example.nhs.uk  ')).to.equal('https://example.nhs.uk');
  });

  it('drops script, data, file and other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'),
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'blob:https://example.nhs.uk/uuid',
      'ftp://example.nhs.uk',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('drops empty and non-text values', () => {
    for (const value of ['', '   ', null, undefined]) expect(safeUrl(value)).to.equal(undefined);
    expect(safeUrl(42 as unknown as string)).to.equal(undefined);
  });
});
