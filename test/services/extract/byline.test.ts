import { describe, expect, it } from 'vitest';
import { normaliseByline, orgKey } from '../../../src/services/extract/byline.ts';

describe('normaliseByline', () => {
  it.each([
    [['By Jane Doe and John Roe, Reuters'], 'Jane Doe, John Roe'],
    [['BY JANE DOE & JOHN ROE'], 'JANE DOE, JOHN ROE'],
    [['Jane Doe, Staff Writer'], 'Jane Doe'],
    [['Written by Jane Doe (jane.doe@example.com) Updated 3:45 PM'], 'Jane Doe'],
    [['Kayla Jimenez USA TODAY'], 'Kayla Jimenez'],
    [['John Garcia Jr.'], 'John Garcia Jr.'],
    [['George T. Conway III'], 'George T. Conway III'],
    [['Fiona Leishman, Image: Kentucky State Police'], 'Fiona Leishman'],
    [['Jane Doe', 'jane doe'], 'Jane Doe'],
    [['Reuters'], 'Reuters'],
    [['ByVan Sias'], 'Van Sias'],
    [['Rick Porter, View All'], 'Rick Porter'],
    [['Naandika Tripathi, Full Bio'], 'Naandika Tripathi'],
    [['Javier Espinoza, Patricia Nilsson, Financial Times'], 'Javier Espinoza, Patricia Nilsson'],
  ])('%j -> %s', (raw, expected) => {
    expect(normaliseByline(raw)).toBe(expected);
  });

  it('drops the site name when a person is named', () => {
    expect(normaliseByline(['Jane Doe, The Daily Courier'], 'The Daily Courier')).toBe('Jane Doe');
  });

  it('is null for a bare newsroom word ("Staff", "News Desk") with no person', () => {
    expect(normaliseByline(['Staff'])).toBeNull();
    expect(normaliseByline(['News Desk'])).toBeNull();
  });

  it('drops the house (site, publisher, host brand) when told to, but keeps other organisations', () => {
    const house = [orgKey('The Daily Courier'), orgKey('dailycourier.com'), 'courier'];
    expect(normaliseByline(['Daily Courier News'], null, house)).toBeNull();
    expect(normaliseByline(['Associated Press'], null, house)).toBe('Associated Press');
    expect(normaliseByline(['Jane Doe, Daily Courier'], null, house)).toBe('Jane Doe');
  });

  it('returns null when nothing names anyone', () => {
    expect(normaliseByline(['https://example.com/author/jane', '  '])).toBeNull();
  });
});
