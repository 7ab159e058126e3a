import { Alert, Button, Checkbox, Grid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PublicInquiryCreated } from '@shared/schemas/public-inquiry';
import type { StudyDetail } from '@client/lib/public-api';
import type { StudyOrigin } from '@client/features/study/study-origin';
import { suggestSite } from './choose-site';
import { browserCountry } from './countries';
import { ErrorSummary } from './error-summary';
import { inquiryFields, type InquiryField } from './inquiry-errors';
import { LanguageSelect } from './language-select';
import { LocationFields } from './location-fields';
import { SiteSelect } from './site-select';
import { loadInquirySchema, useInquiryForm, type FormProblem, type InquiryValues } from './use-inquiry-form';
import classes from './inquiry-form.module.css';

export interface InquiryFormProps {
  study: Pick<StudyDetail, 'nctId' | 'sites'>;
  origin: StudyOrigin | null;
  onOriginChange: (origin: StudyOrigin | null) => void;
  onSent: (created: PublicInquiryCreated, placeNotFound: boolean) => void;
  source?: 'WEB_FORM' | 'EMBED';
  /** A center picked elsewhere on the page ("Contact this center"); `at` tells two clicks apart. */
  requestedSite?: { id: string; at: number } | null;
}

const idPrefix = 'inquiry';
const fieldId = (field: InquiryField) => `${idPrefix}-${field === 'siteId' ? 'site' : field}`;

function initialCountry(origin: StudyOrigin | null, siteCountries: string[]): string {
  if (origin?.country) return origin.country;
  const fromBrowser = browserCountry();
  if (fromBrowser && siteCountries.includes(fromBrowser)) return fromBrowser;
  return siteCountries.length === 1 ? siteCountries[0]! : (fromBrowser ?? '');
}

function problemText(problem: FormProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'rate-limited':
      return t('inquiry.problem.rateLimited', { count: problem.minutes });
    case 'network':
      return t('inquiry.problem.network');
    case 'closed':
      return t('inquiry.problem.closed');
    case 'not-found':
      return t('inquiry.problem.notFound');
    case 'server':
      return t('inquiry.problem.server');
    case 'other':
      return problem.message;
  }
}

export function InquiryForm({ study, origin, onOriginChange, onSent, source = 'WEB_FORM', requestedSite = null }: InquiryFormProps) {
  const { t, i18n } = useTranslation();
  const siteCountries = useMemo(() => [...new Set(study.sites.map((site) => site.countryCode))], [study.sites]);
  const siteLanguages = useMemo(() => [...new Set(study.sites.filter((s) => s.acceptingInquiries).flatMap((s) => s.languages))], [study.sites]);
  // The center the visitor picked; until then the form follows the suggestion.
  const [pickedSiteId, setPickedSiteId] = useState<string | null>(requestedSite?.id ?? null);
  const [seenRequest, setSeenRequest] = useState(requestedSite);
  if (requestedSite !== seenRequest) {
    setSeenRequest(requestedSite);
    if (requestedSite) setPickedSiteId(requestedSite.id);
  }
  const [initial] = useState<InquiryValues>(() => ({
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    otherLanguage: '',
    place: origin?.source === 'typed' ? (origin.postalCode ?? origin.city ?? '') : '',
    country: initialCountry(origin, siteCountries),
    consent: false,
    website: '',
  }));
  const form = useInquiryForm(initial, {
    nctId: study.nctId,
    source,
    point: origin?.source === 'browser' ? { lat: origin.lat, lon: origin.lon } : null,
    siteId: pickedSiteId,
    onSent: (created, typedPlace) => onSent(created, typedPlace && created.site?.distanceKm == null),
  });
  const { values, setValue, errors } = form;
  const suggested = useMemo(
    () => suggestSite(study.sites, values.otherLanguage || i18n.language),
    [study.sites, values.otherLanguage, i18n.language],
  );

  const siteValue = pickedSiteId ?? suggested?.id ?? '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.sending) return;
    const found = await form.submit();
    const first = inquiryFields.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const summary = form.submitted
    ? inquiryFields.filter((field) => errors[field]).map((field) => ({ id: fieldId(field), message: errors[field]! }))
    : [];

  const text = (field: 'firstName' | 'lastName' | 'email' | 'phone', label: string, extra: Record<string, unknown>) => (
    <TextInput
      id={fieldId(field)}
      name={field}
      size="md"
      label={label}
      required
      value={values[field]}
      onChange={(event) => setValue(field, event.currentTarget.value)}
      onBlur={(event) => form.onBlur(field, event.relatedTarget)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <form noValidate onSubmit={onSubmit} onFocus={() => void loadInquirySchema()} aria-describedby="inquiry-required-note" className={classes.form}>
      <Stack gap="md">
        <Text size="sm" id="inquiry-required-note">
          {t('inquiry.requiredNote')}
        </Text>
        <ErrorSummary items={summary} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, xs: 6 }}>{text('firstName', t('inquiry.firstName'), { autoComplete: 'given-name' })}</Grid.Col>
          <Grid.Col span={{ base: 12, xs: 6 }}>{text('lastName', t('inquiry.lastName'), { autoComplete: 'family-name' })}</Grid.Col>
        </Grid>
        {text('email', t('inquiry.email'), { type: 'email', autoComplete: 'email', dir: 'ltr', className: classes.ltrInput })}
        {text('phone', t('inquiry.phone'), {
          type: 'tel',
          autoComplete: 'tel',
          inputMode: 'tel',
          dir: 'ltr',
          className: classes.ltrInput,
          description: t('inquiry.phoneHint'),
          inputWrapperOrder: ['label', 'input', 'description', 'error'],
        })}
        <LanguageSelect
          id={fieldId('otherLanguage')}
          value={values.otherLanguage}
          onChange={(code) => setValue('otherLanguage', code)}
          siteLanguages={siteLanguages}
          error={errors.otherLanguage}
        />
        <LocationFields
          idPrefix={idPrefix}
          place={values.place}
          country={values.country}
          onPlaceChange={(value) => setValue('place', value)}
          onCountryChange={(value) => setValue('country', value)}
          origin={origin}
          onOriginChange={onOriginChange}
          preferredCountries={siteCountries}
          placeError={errors.place}
          countryError={errors.country}
        />
        <SiteSelect
          id={fieldId('siteId')}
          sites={study.sites}
          value={siteValue}
          onChange={(siteId) => setPickedSiteId(siteId || null)}
          suggested={suggested}
          error={errors.siteId}
        />
        <Checkbox
          id={fieldId('consent')}
          name="consent"
          size="md"
          checked={values.consent}
          onChange={(event) => setValue('consent', event.currentTarget.checked)}
          label={t('inquiry.consent')}
          error={errors.consent}
          className={classes.consent}
        />
        {/* Honeypot: hidden from people and assistive technology; bots that fill it are ignored. */}
        <div className={classes.honeypot} aria-hidden="true">
          <label htmlFor={`${idPrefix}-website`}>{t('inquiry.honeypot')}</label>
          <input
            id={`${idPrefix}-website`}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(event) => setValue('website', event.currentTarget.value)}
          />
        </div>
        {form.problem ? (
          <Alert variant="light" color={form.problem.kind === 'rate-limited' ? 'yellow' : 'red'} icon={<IconAlertTriangle size={20} aria-hidden />} role="alert">
            {problemText(form.problem, t)}
            {form.problem.kind === 'network' || form.problem.kind === 'server' ? (
              <Text size="sm" mt={4}>
                {t('inquiry.problem.kept')}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        <Button type="submit" size="md" loading={form.sending} leftSection={<IconSend size={18} aria-hidden />} className={classes.submit}>
          {form.problem?.kind === 'network' || form.problem?.kind === 'server' ? t('inquiry.retry') : t('inquiry.submit')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('inquiry.privacy')}
        </Text>
      </Stack>
    </form>
  );
}
