import { Alert, Paper, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Select, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_WEEKDAYS } from '@shared/schemas/sites';
import type { SiteFormValues } from './site-form-state';
import { WorkingHoursEditor } from './working-hours-editor';

export interface SiteFormSectionsProps {
  form: SiteFormValues;
  set: <K extends keyof SiteFormValues>(key: K, value: SiteFormValues[K]) => void;
  /** Error keys from validateSiteForm, or messages from the server. */
  errors: Record<string, string>;
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

const timeZones = (current: string) => {
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...list, current].filter(Boolean))];
};

export function SiteFormSections({ form, set, errors }: SiteFormSectionsProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZones(form.timeZone), [form.timeZone]);
  const err = (key: string) => {
    const code = errors[key];
    if (!code) return undefined;
    return code === key ? t(`sitesAdmin.errors.${key}` as 'sitesAdmin.errors.name') : code;
  };
  const text = (key: keyof SiteFormValues & string, props: { required?: boolean; ltr?: boolean; maxLength?: number; description?: string } = {}) => (
    <TextInput
      label={t(`sitesAdmin.fields.${key}` as 'sitesAdmin.fields.name')}
      description={props.description}
      value={form[key] as string}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={err(key)}
      required={props.required}
      maxLength={props.maxLength ?? 200}
      dir={props.ltr ? 'ltr' : undefined}
    />
  );
  const dayErrors = Object.fromEntries(
    SITE_WEEKDAYS.flatMap((d) => {
      const code = errors[`workingHours.${d}`];
      return code ? [[d, ['time', 'overlap', 'sameTimes'].includes(code) ? t(`sitesAdmin.errors.hours.${code}` as 'sitesAdmin.errors.hours.time') : code]] : [];
    }),
  );

  return (
    <Stack gap="lg">
      <Section title={t('sitesAdmin.sections.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('name', { required: true })}
          {text('organization')}
        </SimpleGrid>
        <Switch label={t('sitesAdmin.fields.active')} description={t('sitesAdmin.fields.activeHint')} checked={form.active} onChange={(e) => set('active', e.currentTarget.checked)} />
        <Switch
          label={t('sitesAdmin.fields.acceptingInquiries')}
          description={t('sitesAdmin.fields.acceptingInquiriesHint')}
          checked={form.acceptingInquiries}
          onChange={(e) => set('acceptingInquiries', e.currentTarget.checked)}
        />
      </Section>

      <Section title={t('sitesAdmin.sections.address')} description={t('sitesAdmin.sections.addressHint')}>
        {text('addressLine', { maxLength: 300 })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('city', { required: true, maxLength: 120 })}
          {text('state', { maxLength: 120 })}
          {text('postalCode', { ltr: true, maxLength: 20 })}
          {text('countryCode', { required: true, ltr: true, maxLength: 2, description: t('sitesAdmin.fields.countryCodeHint') })}
          {text('latitude', { ltr: true, maxLength: 20, description: t('sitesAdmin.fields.latitudeHint') })}
          {text('longitude', { ltr: true, maxLength: 20, description: t('sitesAdmin.fields.longitudeHint') })}
        </SimpleGrid>
      </Section>

      <Section title={t('sitesAdmin.sections.contacts')}>
        <TagsInput
          label={t('sitesAdmin.fields.languages')}
          description={t('sitesAdmin.fields.languagesHint')}
          value={form.languages}
          onChange={(v) => set('languages', v)}
          error={err('languages')}
          splitChars={[',', ' ']}
          data={['ar', 'en', 'es', 'fr']}
          required
          dir="ltr"
        />
        <TagsInput
          label={t('sitesAdmin.fields.alertEmails')}
          description={t('sitesAdmin.fields.alertEmailsHint')}
          value={form.alertEmails}
          onChange={(v) => set('alertEmails', v)}
          error={err('alertEmails')}
          splitChars={[',', ' ', ';']}
          dir="ltr"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('phone', { ltr: true, maxLength: 40 })}
          {text('email', { ltr: true })}
        </SimpleGrid>
      </Section>

      <Section title={t('sitesAdmin.sections.capacity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('weeklyCap', { ltr: true, maxLength: 6, description: t('sitesAdmin.fields.weeklyCapHint') })}
          <Select
            label={t('sitesAdmin.fields.timeZone')}
            value={form.timeZone}
            onChange={(v) => set('timeZone', v ?? '')}
            data={zones}
            searchable
            limit={50}
            error={err('timeZone')}
            required
            dir="ltr"
            allowDeselect={false}
          />
        </SimpleGrid>
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('sitesAdmin.hours.help')}
        </Alert>
        <WorkingHoursEditor value={form.workingHours} onChange={(v) => set('workingHours', v)} errors={dayErrors} />
        {errors.workingHours ? (
          <Text size="sm" c="red" dir="ltr">
            {errors.workingHours}
          </Text>
        ) : null}
      </Section>
    </Stack>
  );
}
