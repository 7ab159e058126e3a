import { Alert, Button, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LIMITS, SETTING_KEYS, type Settings } from '@shared/schemas/settings';
import { PageHeader } from '@client/components/ui/page-header';
import { PartnersLink } from '@client/features/admin-partners/partners-link';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { describeError, errorMessage } from '@client/lib/error-message';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';

type Key = keyof Settings;

// How the page groups the settings, and which allow decimals.
const GROUPS: Array<{ key: 'sla' | 'routing' | 'retention'; fields: Key[] }> = [
  { key: 'sla', fields: ['slaWorkingHours', 'slaReminderLeadMinutes', 'unreachableAfterAttempts'] },
  { key: 'routing', fields: ['routingLanguageToleranceKm'] },
  { key: 'retention', fields: ['retentionMonths'] },
];
const DECIMALS: Partial<Record<Key, number>> = { slaWorkingHours: 1, routingLanguageToleranceKm: 1 };

export function SettingsPage() {
  return (
    <AdminOnly>
      <SettingsForm />
    </AdminOnly>
  );
}

function SettingsForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.settings.get.queryOptions());
  const [draft, setDraft] = useState<Partial<Record<Key, number | string>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formId = useId();

  useEffect(() => {
    if (query.data) setDraft({ ...query.data });
  }, [query.data]);

  const save = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (result) => {
        queryClient.setQueryData(trpc.settings.get.queryKey(), result.settings);
        setErrors({});
        notifySuccess(result.changed.length ? t('settings.saved', { count: result.changed.length }) : t('settings.unchanged'));
      },
      onError: (error) => setErrors(describeError(error).fieldErrors),
    }),
  );

  const limitsError = (key: Key, value: number | string | undefined): string | null => {
    const { min, max } = SETTINGS_LIMITS[key];
    if (typeof value !== 'number' || Number.isNaN(value)) return t('settings.required');
    if (value < min || value > max) return t('settings.range', { min, max });
    if (!DECIMALS[key] && !Number.isInteger(value)) return t('settings.wholeNumber');
    return null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const key of SETTING_KEYS) {
      const problem = limitsError(key, draft[key]);
      if (problem) found[key] = problem;
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(Object.fromEntries(SETTING_KEYS.map((k) => [k, draft[k] as number])) as Settings);
  };

  return (
    <>
      <PageHeader title={t('dashboard.pages.settings.title')} description={t('settings.description')} />
      {query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : !query.data ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden />
          <Text c="dimmed">{t('common.loading')}</Text>
        </Group>
      ) : (
        <form id={formId} onSubmit={submit} noValidate aria-label={t('dashboard.pages.settings.title')}>
          <Stack gap="lg" maw={720}>
            {GROUPS.map((group) => (
              <Paper key={group.key} component="fieldset" withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} m={0} style={{ minInlineSize: 0 }}>
                <Title order={2} size="h4" component="legend" px={4}>
                  {t(`settings.groups.${group.key}`)}
                </Title>
                <Stack gap="md" mt="xs">
                  {group.fields.map((key) => (
                    <NumberInput
                      key={key}
                      name={key}
                      label={t(`settings.fields.${key}.label`)}
                      description={t(`settings.fields.${key}.help`, SETTINGS_LIMITS[key])}
                      suffix={` ${t(`settings.fields.${key}.unit`)}`}
                      value={draft[key] ?? ''}
                      min={SETTINGS_LIMITS[key].min}
                      max={SETTINGS_LIMITS[key].max}
                      decimalScale={DECIMALS[key] ?? 0}
                      allowDecimal={Boolean(DECIMALS[key])}
                      allowNegative={false}
                      clampBehavior="none"
                      error={errors[key]}
                      onChange={(value) => setDraft((d) => ({ ...d, [key]: value === '' ? '' : Number(value) }))}
                      maw={360}
                      required
                    />
                  ))}
                </Stack>
              </Paper>
            ))}
            <Group>
              <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
                {t('settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <PartnersLink />
    </>
  );
}
