import { describe, expect, it } from 'vitest';
import {
  ANY_STATUS,
  DEFAULT_STATUS,
  parseFinderParams,
  splitPlace,
  toFinderParams,
  toSearchQuery,
} from '@client/features/public/finder-params';

describe('finder query string', () => {
  it('defaults to recruiting studies and forgives hand-edited values', () => {
    const filters = parseFinderParams(new URLSearchParams('q=%20ITP%20&age=٥&country=eg&lat=95&lon=31'));
    expect(filters).toEqual({ q: 'ITP', age: '5', status: DEFAULT_STATUS, place: '', country: 'EG', lat: null, lon: null });
  });

  it('round-trips filters, leaving the default status out of the link', () => {
    const filters = { q: 'ITP', age: '5', status: DEFAULT_STATUS, place: '71515', country: 'EG', lat: null, lon: null };
    const params = toFinderParams(filters);
    expect(params.toString()).toBe('q=ITP&age=5&place=71515&country=EG');
    expect(parseFinderParams(params)).toEqual(filters);
    expect(toFinderParams({ ...filters, status: ANY_STATUS }).get('status')).toBe(ANY_STATUS);
  });

  it('prefers a browser position over a typed place', () => {
    const params = toFinderParams({ q: '', age: '', status: DEFAULT_STATUS, place: 'Cairo', country: '', lat: 30.04, lon: 31.24 });
    expect(params.toString()).toBe('lat=30.04&lon=31.24');
  });

  it('tells postal codes from cities', () => {
    expect(splitPlace(' 71515 ')).toEqual({ postalCode: '71515' });
    expect(splitPlace('SW1A 1AA')).toEqual({ postalCode: 'SW1A 1AA' });
    expect(splitPlace('Assiut')).toEqual({ city: 'Assiut' });
    expect(splitPlace('  ')).toEqual({});
  });

  it('asks the API for distances when located, for a country otherwise, and for any status on request', () => {
    const filters = parseFinderParams(new URLSearchParams('q=ITP&age=5&country=EG&status=any'));
    expect(toSearchQuery(filters, null)).toEqual({ q: 'ITP', age: '5', country: 'EG' });
    expect(toSearchQuery({ ...filters, status: DEFAULT_STATUS }, { lat: 27.2, lon: 31.2 })).toEqual({
      q: 'ITP',
      age: '5',
      status: 'RECRUITING',
      lat: 27.2,
      lon: 31.2,
    });
  });
});
