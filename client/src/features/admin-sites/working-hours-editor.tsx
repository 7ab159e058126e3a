import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SITE_WEEKDAYS, type SiteWeekday } from '@shared/schemas/sites';
import type { SiteFormValues, TimeRangeValue } from './site-form-state';

const MAX_RANGES = 6;

/** Weekday names in the interface language (2024-01-01 was a Monday). */
function weekdayName(index: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

export interface WorkingHoursEditorProps {
  value: SiteFormValues['workingHours'];
  onChange: (value: SiteFormValues['workingHours']) => void;
  /** Translated message per day, if any. */
  errors: Partial<Record<SiteWeekday, string>>;
}

export function WorkingHoursEditor({ value, onChange, errors }: WorkingHoursEditorProps) {
  const { t, i18n } = useTranslation();
  const setDay = (day: SiteWeekday, ranges: TimeRangeValue[]) => onChange({ ...value, [day]: ranges });
  return (
    <Stack gap="sm" role="group" aria-label={t('sitesAdmin.hours.label')}>
      {SITE_WEEKDAYS.map((day, index) => {
        const name = weekdayName(index, i18n.language);
        const ranges = value[day];
        const errorId = `hours-error-${day}`;
        return (
          <Group key={day} align="flex-start" gap="sm" wrap="wrap" py={4} style={{ borderBlockEnd: '1px solid var(--mantine-color-default-border)' }}>
            <Text fw={600} size="sm" w={110} pt={6} id={`hours-day-${day}`}>
              {name}
            </Text>
            <Stack gap={6} style={{ flex: '1 1 14rem' }}>
              {ranges.length === 0 ? (
                <Text size="sm" c="dimmed" pt={6}>
                  {t('sitesAdmin.hours.closed')}
                </Text>
              ) : null}
              {ranges.map((range, i) => (
                <Group key={i} gap={6} wrap="nowrap">
                  <TextInput
                    aria-label={t('sitesAdmin.hours.from', { day: name, n: i + 1 })}
                    value={range.start}
                    onChange={(e) => setDay(day, ranges.map((r, j) => (j === i ? { ...r, start: e.currentTarget.value } : r)))}
                    placeholder="HH:MM"
                    dir="ltr"
                    w={84}
                    maxLength={5}
                    inputMode="numeric"
                    error={Boolean(errors[day])}
                    aria-describedby={errors[day] ? errorId : undefined}
                  />
                  <Text size="sm" c="dimmed" aria-hidden>
                    –
                  </Text>
                  <TextInput
                    aria-label={t('sitesAdmin.hours.to', { day: name, n: i + 1 })}
                    value={range.end}
                    onChange={(e) => setDay(day, ranges.map((r, j) => (j === i ? { ...r, end: e.currentTarget.value } : r)))}
                    placeholder="HH:MM"
                    dir="ltr"
                    w={84}
                    maxLength={5}
                    inputMode="numeric"
                    error={Boolean(errors[day])}
                    aria-describedby={errors[day] ? errorId : undefined}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('sitesAdmin.hours.remove', { day: name, n: i + 1 })}
                    onClick={() => setDay(day, ranges.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {errors[day] ? (
                <Text size="xs" c="red" id={errorId}>
                  {errors[day]}
                </Text>
              ) : null}
            </Stack>
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={ranges.length >= MAX_RANGES}
              aria-label={t('sitesAdmin.hours.addFor', { day: name })}
              onClick={() => setDay(day, [...ranges, ranges.length ? { start: '', end: '' } : { start: '09:00', end: '17:00' }])}
            >
              {t('sitesAdmin.hours.add')}
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}
