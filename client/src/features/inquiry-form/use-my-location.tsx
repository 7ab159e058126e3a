import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoPoint } from '@client/lib/public-api';
import { roundCoordinate } from '@client/features/study/study-origin';

type State = 'idle' | 'asking' | 'locating' | 'denied' | 'failed';

export interface UseMyLocationProps {
  onLocated: (point: GeoPoint) => void;
}

/**
 * "Use my location": the browser is asked only after the visitor has read what it is for and
 * clicked to agree. The position is rounded to about 1 km before anything uses it.
 */
export function UseMyLocation({ onLocated }: UseMyLocationProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('idle');
  const openerRef = useRef<HTMLButtonElement>(null);
  const agreeRef = useRef<HTMLButtonElement>(null);

  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return null;

  const ask = () => {
    setState('asking');
    requestAnimationFrame(() => agreeRef.current?.focus());
  };

  const cancel = () => {
    setState('idle');
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const locate = () => {
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState('idle');
        onLocated({ lat: roundCoordinate(position.coords.latitude), lon: roundCoordinate(position.coords.longitude) });
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 10 * 60_000 },
    );
  };

  if (state === 'asking' || state === 'locating') {
    return (
      <Alert
        variant="light"
        color="brand"
        icon={<IconCurrentLocation size={20} aria-hidden />}
        title={t('location.consentTitle')}
      >
        <Text size="sm" mb="sm">
          {t('location.consentText')}
        </Text>
        <Group gap="sm">
          <Button ref={agreeRef} size="sm" onClick={locate} loading={state === 'locating'}>
            {t('location.consentAgree')}
          </Button>
          <Button size="sm" variant="default" onClick={cancel} disabled={state === 'locating'}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Alert>
    );
  }

  return (
    <div>
      <Button
        ref={openerRef}
        variant="subtle"
        size="sm"
        px={4}
        leftSection={<IconCurrentLocation size={18} aria-hidden />}
        onClick={ask}
      >
        {t('location.useMine')}
      </Button>
      {state === 'denied' || state === 'failed' ? (
        <Text size="sm" c="red.8" role="alert" mt={4}>
          {state === 'denied' ? t('location.denied') : t('location.failed')}
        </Text>
      ) : null}
    </div>
  );
}
