import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicInquiryCreated } from '@shared/schemas/public-inquiry';
import { newIdempotencyKey, PublicApiError, submitInquiry, type GeoPoint, type InquiryRequest } from '@client/lib/public-api';
import { splitPlace } from '@client/features/public/finder-params';
import { collectFieldErrors, inquiryFields, type FieldErrors, type InquiryField } from './inquiry-errors';

// The shared zod schema (what the server validates with) loads with the first interaction, so
// zod is not part of the study page's first download.
let schemaModule: Promise<typeof import('@shared/schemas/public-inquiry')> | null = null;
export const loadInquirySchema = () => (schemaModule ??= import('@shared/schemas/public-inquiry'));

export interface InquiryValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  otherLanguage: string;
  /** Postal code or city, as typed. */
  place: string;
  country: string;
  consent: boolean;
  /** Honeypot: people never see it, so it stays empty. */
  website: string;
}

export type FormProblem =
  | { kind: 'rate-limited'; minutes: number }
  | { kind: 'network' }
  | { kind: 'closed' }
  | { kind: 'not-found' }
  | { kind: 'server' }
  | { kind: 'other'; message: string };

export interface InquiryFormOptions {
  nctId: string;
  source: 'WEB_FORM' | 'EMBED';
  /** The visitor's position from the browser, sent instead of a typed place. */
  point: GeoPoint | null;
  /** The center the visitor picked themselves; null lets the server's routing decide. */
  siteId: string | null;
  onSent: (created: PublicInquiryCreated, typedPlace: boolean) => void;
}

export function useInquiryForm(initial: InquiryValues, options: InquiryFormOptions) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [shownAt] = useState(() => Date.now());
  // One key per distinct body: a retry of the same data reuses it, so the server creates one inquiry.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const buildBody = useCallback(
    (v: InquiryValues): InquiryRequest => {
      const place = splitPlace(v.place);
      const country = v.country || undefined;
      const location = options.point
        ? { lat: options.point.lat, lon: options.point.lon, ...(country ? { country } : {}) }
        : place.postalCode || place.city || country
          ? { ...place, ...(country ? { country } : {}) }
          : null;
      return {
        firstName: v.firstName,
        lastName: v.lastName,
        email: v.email.trim(),
        phone: v.phone,
        language: i18n.language,
        otherLanguage: v.otherLanguage || null,
        location,
        siteId: options.siteId,
        consent: v.consent as true,
        source: options.source,
        website: v.website,
        formShownAt: shownAt,
      };
    },
    [i18n.language, options.point, options.siteId, options.source, shownAt],
  );

  const fieldValues = (v: InquiryValues) =>
    Object.fromEntries(inquiryFields.map((field) => [field, field === 'siteId' ? (options.siteId ?? '') : v[field]])) as Record<
      InquiryField,
      string | boolean
    >;

  const validate = useCallback(
    async (v: InquiryValues): Promise<FieldErrors> => {
      const { publicInquiryInputSchema } = await loadInquirySchema();
      const result = publicInquiryInputSchema.safeParse(buildBody(v));
      if (result.success) return {};
      const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return collectFieldErrors(issues, fieldValues(v), t).fields;
    },
    [buildBody, t],
  );

  /** Once the visitor has tried to send, errors follow their corrections as they type. */
  const setValue = <K extends keyof InquiryValues>(field: K, value: InquiryValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted && field in errors) {
      void validate(next).then((found) => setErrors((current) => ({ ...current, [field]: found[field as InquiryField] })));
    }
  };

  /**
   * A format error shows when leaving a field that has something in it; not when leaving it for
   * the send button, where the message would move the button away from under the pointer.
   */
  const onBlur = (field: InquiryField, next: EventTarget | null) => {
    if (next instanceof HTMLButtonElement && next.type === 'submit') return;
    const value = field === 'siteId' ? options.siteId : values[field];
    if (typeof value !== 'string' || value.trim() === '') return;
    void validate(values).then((found) => setErrors((current) => ({ ...current, [field]: found[field] })));
  };

  const submit = async (): Promise<FieldErrors> => {
    setSubmitted(true);
    setProblem(null);
    const found = await validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return found;

    const body = buildBody(values);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized) attempt.current = { body: serialized, key: newIdempotencyKey() };
    setSending(true);
    try {
      const created = await submitInquiry(options.nctId, body, attempt.current.key);
      options.onSent(created, Boolean(!options.point && (body.location?.postalCode || body.location?.city)));
      return {};
    } catch (error) {
      return handleFailure(error);
    } finally {
      setSending(false);
    }
  };

  const handleFailure = (error: unknown): FieldErrors => {
    if (!(error instanceof PublicApiError)) {
      setProblem({ kind: 'server' });
      return {};
    }
    if (error.status === 422) {
      const { fields, other } = collectFieldErrors(error.errors, fieldValues(values), t);
      if (other.some((issue) => issue.path === 'Idempotency-Key')) attempt.current = null;
      setErrors(fields);
      if (Object.keys(fields).length === 0) setProblem({ kind: 'other', message: t('inquiry.problem.invalid') });
      return fields;
    }
    if (error.status === 429) setProblem({ kind: 'rate-limited', minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
    else if (error.isNetwork) setProblem({ kind: 'network' });
    else if (error.status === 409) setProblem({ kind: 'closed' });
    else if (error.status === 404) setProblem({ kind: 'not-found' });
    else if (error.status === 400) setProblem({ kind: 'other', message: t('inquiry.problem.invalid') });
    else setProblem({ kind: 'server' });
    return {};
  };

  return { values, setValue, onBlur, errors, problem, sending, submit, submitted };
}
