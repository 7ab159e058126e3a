import { CloseButton, Fieldset, Grid, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { IconCurrentLocation, IconMapPin } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locate } from '@client/lib/public-api';
import { splitPlace } from '@client/features/public/finder-params';
import type { StudyOrigin } from '@client/features/study/study-origin';
import { countryOptions } from './countries';
import { UseMyLocation } from './use-my-location';
import classes from './inquiry-form.module.css';

export interface LocationFieldsProps {
  idPrefix: string;
  place: string;
  country: string;
  onPlaceChange: (value: string) => void;
  onCountryChange: (value: string) => void;
  origin: StudyOrigin | null;
  onOriginChange: (origin: StudyOrigin | null) => void;
  /** Countries of the study's centers, listed first. */
  preferredCountries: string[];
  placeError?: string;
  countryError?: string;
}

type Lookup = 'idle' | 'looking' | 'found' | 'not-found' | 'failed';

/** Postal code or city with a country, located by our server; or the browser's position. */
export function LocationFields(props: LocationFieldsProps) {
  const { t, i18n } = useTranslation();
  const { place, country, origin, onOriginChange } = props;
  const [lookup, setLookup] = useState<Lookup>(origin?.source === 'typed' ? 'found' : 'idle');
  const countries = useMemo(() => countryOptions(i18n.language, props.preferredCountries), [i18n.language, props.preferredCountries]);
  const located = useRef(origin?.source === 'typed' ? `${origin.postalCode ?? origin.city ?? ''}|${origin.country ?? ''}` : '');
  const controller = useRef<AbortController | null>(null);
  const usingBrowser = origin?.source === 'browser';

  useEffect(() => () => controller.current?.abort(), []);

  const resolve = (nextPlace = place, nextCountry = country) => {
    const parts = splitPlace(nextPlace);
    const key = `${nextPlace.trim()}|${nextCountry}`;
    if (!parts.postalCode && !parts.city) {
      located.current = '';
      setLookup('idle');
      if (origin?.source === 'typed') onOriginChange(null);
      return;
    }
    if (key === located.current) return;
    located.current = key;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setLookup('looking');
    locate({ ...parts, country: nextCountry || undefined }, current.signal)
      .then((found) => {
        if (current.signal.aborted) return;
        setLookup(found ? 'found' : 'not-found');
        onOriginChange(
          found
            ? { lat: found.lat, lon: found.lon, label: found.label, source: 'typed', ...parts, country: nextCountry || found.countryCode }
            : null,
        );
      })
      .catch(() => {
        if (!current.signal.aborted) setLookup('failed');
      });
  };

  const placeHint =
    lookup === 'looking'
      ? t('location.looking')
      : lookup === 'found' && origin?.label
        ? t('location.found', { place: origin.label })
        : lookup === 'not-found'
          ? t('location.notFound')
          : lookup === 'failed'
            ? t('location.lookupFailed')
            : t('location.placeHint');

  return (
    <Fieldset legend={t('location.legend')} variant="unstyled" p={0} m={0} classNames={{ legend: classes.legend }}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('location.why')}
      </Text>
      {usingBrowser ? (
        <Paper withBorder radius="md" px="sm" py={6} mb="sm">
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <IconCurrentLocation size={18} aria-hidden />
              <Text size="sm" fw={600}>
                {t('location.usingBrowser')}
              </Text>
            </Group>
            <CloseButton size="lg" aria-label={t('location.stopUsingBrowser')} onClick={() => onOriginChange(null)} />
          </Group>
        </Paper>
      ) : (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, xs: 7 }}>
            <TextInput
              id={`${props.idPrefix}-place`}
              size="md"
              label={t('location.placeLabel')}
              value={place}
              onChange={(event) => props.onPlaceChange(event.currentTarget.value)}
              onBlur={(event) => {
                // Leaving for the send button: the server locates the place itself, and the
                // suggestion appearing now would move the button from under the pointer.
                const next = event.relatedTarget;
                if (!(next instanceof HTMLButtonElement && next.type === 'submit')) resolve();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  resolve();
                }
              }}
              leftSection={<IconMapPin size={18} aria-hidden />}
              autoComplete="postal-code"
              description={placeHint}
              descriptionProps={{ 'aria-live': 'polite' }}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              error={props.placeError}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 5 }}>
            <NativeSelect
              id={`${props.idPrefix}-country`}
              size="md"
              label={t('location.countryLabel')}
              value={country}
              onChange={(event) => {
                props.onCountryChange(event.currentTarget.value);
                resolve(place, event.currentTarget.value);
              }}
              autoComplete="country"
              error={props.countryError}
            >
              <option value="">{t('location.chooseCountry')}</option>
              {countries.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </NativeSelect>
          </Grid.Col>
        </Grid>
      )}
      {usingBrowser ? null : (
        <UseMyLocation
          onLocated={(point) => {
            located.current = '';
            setLookup('idle');
            onOriginChange({ ...point, label: null, source: 'browser', country: country || undefined });
          }}
        />
      )}
    </Fieldset>
  );
}
