import { Button, Grid, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { studyStatuses } from '@client/components/ui/status-badge';

export interface StudySearchValues {
  q: string;
  age: string;
  status: string;
}

export interface StudySearchFormProps {
  initialValues?: Partial<StudySearchValues>;
  /** The trial finder also filters by study status; the home page keeps to two fields. */
  withStatus?: boolean;
}

// Statuses a patient can still act on come first; the rest stay available for completeness.
const statusOptions = studyStatuses.filter((status) => status !== 'UNKNOWN');

/** Whole years 0–120; Arabic-Indic and Persian digits are accepted and stored as 0–9. */
export function normaliseAge(value: string): string {
  const digits = value
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\D/g, '')
    .slice(0, 3);
  if (digits === '') return '';
  return String(Math.min(Number(digits), 120));
}

export function toStudySearchParams(values: StudySearchValues): URLSearchParams {
  const params = new URLSearchParams();
  const q = values.q.trim();
  if (q) params.set('q', q);
  if (values.age !== '') params.set('age', values.age);
  if (values.status) params.set('status', values.status);
  return params;
}

export function StudySearchForm({ initialValues, withStatus = false }: StudySearchFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState(initialValues?.q ?? '');
  const [age, setAge] = useState(normaliseAge(initialValues?.age ?? ''));
  const [status, setStatus] = useState(initialValues?.status ?? '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = toStudySearchParams({ q, age, status: withStatus ? status : '' });
    const query = params.toString();
    void navigate(query ? `/studies?${query}` : '/studies');
  };

  const spans = withStatus
    ? { q: { base: 12, md: 3 }, age: { base: 12, sm: 6, md: 3 }, status: { base: 12, sm: 6, md: 3 }, submit: { base: 12, md: 3 } }
    : { q: { base: 12, sm: 6 }, age: { base: 12, sm: 3 }, status: {}, submit: { base: 12, sm: 3 } };

  return (
    <form role="search" aria-label={t('search.formLabel')} onSubmit={onSubmit} noValidate>
      <Grid gap="md" align="flex-end">
        <Grid.Col span={spans.q}>
          <TextInput
            name="q"
            size="md"
            label={t('search.keywordLabel')}
            placeholder={t('search.keywordPlaceholder')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={18} aria-hidden />}
            autoComplete="off"
          />
        </Grid.Col>
        <Grid.Col span={spans.age}>
          <TextInput
            name="age"
            size="md"
            label={t('search.ageLabel')}
            placeholder={t('search.agePlaceholder')}
            value={age}
            onChange={(event) => setAge(normaliseAge(event.currentTarget.value))}
            inputMode="numeric"
            autoComplete="off"
          />
        </Grid.Col>
        {withStatus ? (
          <Grid.Col span={spans.status}>
            <NativeSelect
              name="status"
              size="md"
              label={t('search.statusLabel')}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value)}
            >
              <option value="">{t('search.anyStatus')}</option>
              {statusOptions.map((value) => (
                <option key={value} value={value}>
                  {t(`status.study.${value}`)}
                </option>
              ))}
            </NativeSelect>
          </Grid.Col>
        ) : null}
        <Grid.Col span={spans.submit}>
          <Button type="submit" size="md" fullWidth leftSection={<IconSearch size={18} aria-hidden />}>
            {t('search.submit')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}
