import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { StudySite } from '@client/lib/public-api';
import { suggestSite } from '@client/features/inquiry-form/choose-site';
import { collectFieldErrors, fieldForPath } from '@client/features/inquiry-form/inquiry-errors';
import { formatAgeRange, formatPhases } from '@client/features/study/study-format';

const t = ((key: string, options?: Record<string, unknown>) => (options ? `${key}:${JSON.stringify(options)}` : key)) as unknown as TFunction;

const site = (id: string, distanceKm: number | null, languages: string[], acceptingInquiries = true): StudySite => ({
  id,
  name: id,
  city: 'City',
  state: null,
  countryCode: 'EG',
  latitude: null,
  longitude: null,
  distanceKm,
  languages,
  recruitmentStatus: 'RECRUITING',
  acceptingInquiries,
  primaryContactName: null,
});

describe('suggestSite', () => {
  it('prefers a center that speaks the language within 100 km of the nearest', () => {
    const sites = [site('near-en', 10, ['en']), site('ar-90', 95, ['ar', 'en']), site('ar-far', 300, ['ar'])];
    expect(suggestSite(sites, 'ar')?.id).toBe('ar-90');
    expect(suggestSite(sites, 'en')?.id).toBe('near-en');
    expect(suggestSite(sites, 'fr')?.id).toBe('near-en');
  });

  it('skips centers not accepting inquiries, and suggests nothing without distances', () => {
    expect(suggestSite([site('closed', 1, ['ar'], false), site('open', 50, ['en'])], 'ar')?.id).toBe('open');
    expect(suggestSite([site('a', null, ['ar'])], 'ar')).toBeNull();
  });
});

describe('inquiry errors', () => {
  const values = { firstName: '', lastName: 'Hassan', email: 'x', phone: '123', otherLanguage: '', place: '', country: 'EG', siteId: '', consent: false };

  it('maps body paths to form fields', () => {
    expect(fieldForPath('location.postalCode')).toBe('place');
    expect(fieldForPath('location.country')).toBe('country');
    expect(fieldForPath('email')).toBe('email');
    expect(fieldForPath('Idempotency-Key')).toBeNull();
  });

  it('translates the shared schema messages, also when they come back from the server', () => {
    const { fields, other } = collectFieldErrors(
      [
        { path: 'firstName', message: 'Required.' },
        { path: 'lastName', message: 'Must be at most 100 characters.' },
        { path: 'email', message: 'Enter a valid e-mail address.' },
        { path: 'phone', message: 'Not a phone number.' },
        { path: 'consent', message: 'Consent is needed so the research team may contact you.' },
        { path: 'Idempotency-Key', message: 'Reused.' },
      ],
      values,
      t,
    );
    expect(fields).toEqual({
      firstName: 'inquiry.errors.firstNameRequired',
      lastName: 'inquiry.errors.tooLong:{"max":100}',
      email: 'inquiry.errors.emailInvalid',
      phone: 'inquiry.errors.phoneInvalid',
      consent: 'inquiry.errors.consentRequired',
    });
    expect(other).toEqual([{ path: 'Idempotency-Key', message: 'Reused.' }]);
  });
});

describe('study formatting', () => {
  it('formats age ranges and phases as on the seed page', () => {
    expect(formatAgeRange(12, 120, 'en', t)).toBe('1–10 years');
    expect(formatAgeRange(6, 252, 'en', t)).toBe('study.age.range:{"min":"6 months","max":"21 years"}');
    expect(formatAgeRange(null, null, 'en', t)).toBe('study.age.any');
    expect(formatPhases(['NA'], t)).toBe('study.phase.notApplicable');
    expect(formatPhases(['PHASE1', 'PHASE2'], t)).toBe('study.phase.numbered:{"phases":"1/2"}');
  });
});
