import { Button, CloseButton, Grid, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { IconCurrentLocation, IconMapPin, IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { studyStatuses } from '@client/components/ui/status-badge';
import { countryOptions } from '@client/features/inquiry-form/countries';
import { UseMyLocation } from '@client/features/inquiry-form/use-my-location';
import { ANY_STATUS, emptyFilters, normaliseAge, toFinderParams, type FinderFilters } from './finder-params';

export interface StudySearchFormProps {
  initialValues?: Partial<FinderFilters>;
  /** The trial finder also filters by status and location; the home page keeps to two fields. */
  withStatus?: boolean;
}

const statusOptions = studyStatuses.filter((status) => status !== 'UNKNOWN');

export function StudySearchForm({ initialValues, withStatus = false }: StudySearchFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const initial = { ...emptyFilters, ...initialValues };
  const [q, setQ] = useState(initial.q);
  const [age, setAge] = useState(normaliseAge(initial.age));
  const [status, setStatus] = useState(initial.status);
  const [place, setPlace] = useState(initial.place);
  const [country, setCountry] = useState(initial.country);
  const [point, setPoint] = useState(initial.lat !== null && initial.lon !== null ? { lat: initial.lat, lon: initial.lon } : null);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);

  const search = (overrides: Partial<FinderFilters> = {}) => {
    const filters: FinderFilters = withStatus
      ? { q, age, status, place, country, lat: point?.lat ?? null, lon: point?.lon ?? null, ...overrides }
      : { ...emptyFilters, q, age };
    const query = toFinderParams(filters).toString();
    void navigate(query ? `/studies?${query}` : '/studies');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search();
  };

  const spans = withStatus
    ? { q: { base: 12, md: 5 }, age: { base: 12, sm: 6, md: 3 }, status: { base: 12, sm: 6, md: 4 } }
    : { q: { base: 12, sm: 6 }, age: { base: 12, sm: 3 }, status: {} };

  const submit = (
    <Button type="submit" size="md" fullWidth leftSection={<IconSearch size={18} aria-hidden />}>
      {t('search.submit')}
    </Button>
  );

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
          <>
            <Grid.Col span={spans.status}>
              <NativeSelect
                name="status"
                size="md"
                label={t('search.statusLabel')}
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value)}
              >
                {statusOptions.map((value) => (
                  <option key={value} value={value}>
                    {t(`status.study.${value}`)}
                  </option>
                ))}
                <option value={ANY_STATUS}>{t('search.anyStatus')}</option>
              </NativeSelect>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              {point ? (
                <Paper withBorder radius="md" px="sm" py={6} mih={42}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Group gap={6} wrap="nowrap">
                      <IconCurrentLocation size={18} aria-hidden />
                      <Text size="sm" fw={600}>
                        {t('search.nearMe')}
                      </Text>
                    </Group>
                    <CloseButton
                      size="lg"
                      aria-label={t('search.clearNearMe')}
                      onClick={() => {
                        setPoint(null);
                        search({ lat: null, lon: null });
                      }}
                    />
                  </Group>
                </Paper>
              ) : (
                <TextInput
                  name="place"
                  size="md"
                  label={t('search.placeLabel')}
                  placeholder={t('search.placePlaceholder')}
                  value={place}
                  onChange={(event) => setPlace(event.currentTarget.value)}
                  leftSection={<IconMapPin size={18} aria-hidden />}
                  autoComplete="postal-code"
                />
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
              <NativeSelect
                name="country"
                size="md"
                label={t('search.countryLabel')}
                value={country}
                onChange={(event) => setCountry(event.currentTarget.value)}
                autoComplete="country"
              >
                <option value="">{t('search.anyCountry')}</option>
                {countries.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </NativeSelect>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>{submit}</Grid.Col>
            {point ? null : (
              <Grid.Col span={12} pt={0}>
                <UseMyLocation
                  onLocated={(located) => {
                    setPoint(located);
                    setPlace('');
                    search({ lat: located.lat, lon: located.lon, place: '' });
                  }}
                />
              </Grid.Col>
            )}
          </>
        ) : (
          <Grid.Col span={{ base: 12, sm: 3 }}>{submit}</Grid.Col>
        )}
      </Grid>
    </form>
  );
}
