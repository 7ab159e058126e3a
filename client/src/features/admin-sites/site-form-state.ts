import { SITE_WEEKDAYS, type SiteAdminView, type SiteFieldsInput, type SiteWeekday } from '@shared/schemas/sites';

export type TimeRangeValue = { start: string; end: string };

/** What the form edits: text for numbers so a half-typed value is kept as typed. */
export type SiteFormValues = {
  name: string;
  organization: string;
  addressLine: string;
  city: string;
  state: string;
  postalCode: string;
  countryCode: string;
  latitude: string;
  longitude: string;
  timeZone: string;
  languages: string[];
  alertEmails: string[];
  phone: string;
  email: string;
  weeklyCap: string;
  workingHours: Record<SiteWeekday, TimeRangeValue[]>;
  active: boolean;
  acceptingInquiries: boolean;
};

export const emptySiteForm = (): SiteFormValues => ({
  name: '',
  organization: '',
  addressLine: '',
  city: '',
  state: '',
  postalCode: '',
  countryCode: '',
  latitude: '',
  longitude: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  languages: [],
  alertEmails: [],
  phone: '',
  email: '',
  weeklyCap: '',
  workingHours: Object.fromEntries(
    SITE_WEEKDAYS.map((d) => [d, ['sat', 'sun'].includes(d) ? [] : [{ start: '09:00', end: '17:00' }]]),
  ) as SiteFormValues['workingHours'],
  active: true,
  acceptingInquiries: true,
});

export function formFromSite(site: SiteAdminView): SiteFormValues {
  const text = (v: string | null) => v ?? '';
  const num = (v: number | null) => (v === null ? '' : String(v));
  return {
    name: site.name,
    organization: text(site.organization),
    addressLine: text(site.addressLine),
    city: site.city,
    state: text(site.state),
    postalCode: text(site.postalCode),
    countryCode: site.countryCode,
    latitude: num(site.latitude),
    longitude: num(site.longitude),
    timeZone: site.timeZone,
    languages: site.languages,
    alertEmails: site.alertEmails,
    phone: text(site.phone),
    email: text(site.email),
    weeklyCap: num(site.weeklyCap),
    workingHours: Object.fromEntries(
      SITE_WEEKDAYS.map((d) => [d, (site.workingHours[d] ?? []).map(([start, end]) => ({ start, end }))]),
    ) as SiteFormValues['workingHours'],
    active: site.active,
    acceptingInquiries: site.acceptingInquiries,
  };
}

// An unreadable number is sent as NaN so the server's schema names the field, rather than
// silently saving an empty value.
const toNumber = (v: string) => (v.trim() === '' ? null : Number(v.trim().replace(',', '.')));

export function inputFromForm(form: SiteFormValues): SiteFieldsInput {
  return {
    ...form,
    latitude: toNumber(form.latitude),
    longitude: toNumber(form.longitude),
    weeklyCap: toNumber(form.weeklyCap),
    workingHours: Object.fromEntries(
      SITE_WEEKDAYS.map((d) => [d, form.workingHours[d].map((r): [string, string] => [r.start.trim(), r.end.trim()])]),
    ),
  };
}
