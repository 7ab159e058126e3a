import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { SiteAdminView } from '@shared/schemas/sites';
import { PageHeader } from '@client/components/ui/page-header';
import { languageDirection } from '@client/i18n/languages';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { describeError, errorMessage } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { SiteFormSections } from './site-form-sections';
import { emptySiteForm, formFromSite, inputFromForm, type SiteFormValues } from './site-form-state';
import { validateSiteForm } from './validate-site-form';

export function SiteEditPage() {
  return (
    <AdminOnly>
      <SiteEdit />
    </AdminOnly>
  );
}

function BackLink() {
  const { t, i18n } = useTranslation();
  const BackIcon = languageDirection(i18n.language) === 'rtl' ? IconArrowRight : IconArrowLeft;
  return (
    <Anchor component={Link} to="/dashboard/sites" size="sm" underline="hover">
      <Group gap={4} component="span">
        <BackIcon size={14} aria-hidden />
        {t('sitesAdmin.back')}
      </Group>
    </Anchor>
  );
}

function SiteEdit() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const site = useQuery(trpc.sites.get.queryOptions({ id }, { enabled: !isNew }));
  if (isNew) return <SiteForm key="new" site={null} />;
  if (site.isError) {
    return (
      <Stack gap="md">
        <BackLink />
        <Alert color="red" title={t('sitesAdmin.loadFailed')}>
          {errorMessage(site.error)}
        </Alert>
      </Stack>
    );
  }
  if (!site.data) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden />
        <Text c="dimmed">{t('common.loading')}</Text>
      </Group>
    );
  }
  return <SiteForm key={site.data.id} site={site.data} />;
}

function SiteForm({ site }: { site: SiteAdminView | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SiteFormValues>(() => (site ? formFromSite(site) : emptySiteForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof SiteFormValues>(key: K, value: SiteFormValues[K]) => setForm((f) => ({ ...f, [key]: value }));

  const onError = (error: unknown) => {
    // Server messages are shown as they come (English); the client's own checks are translated.
    const { fieldErrors } = describeError(error);
    const data = (error as { data?: { fieldErrors?: Record<string, string[]> } }).data;
    const hours = data?.fieldErrors?.workingHours;
    setErrors({ ...fieldErrors, ...(hours ? { workingHours: hours.join('; ') } : {}) });
    notifyError(error);
  };
  const saved = (view: SiteAdminView) => {
    void queryClient.invalidateQueries({ queryKey: trpc.sites.adminList.queryKey() });
    queryClient.setQueryData(trpc.sites.get.queryKey({ id: view.id }), view);
    notifySuccess(t(site ? 'sitesAdmin.saved' : 'sitesAdmin.created', { name: view.name }));
    setErrors({});
    if (!site) void navigate(`/dashboard/sites/${view.id}`, { replace: true });
  };
  const create = useMutation(trpc.sites.create.mutationOptions({ onSuccess: saved, onError }));
  const update = useMutation(trpc.sites.update.mutationOptions({ onSuccess: saved, onError }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSiteForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input = inputFromForm(form);
    if (site) update.mutate({ ...input, id: site.id });
    else create.mutate(input);
  };

  const title = site ? site.name : t('sitesAdmin.newTitle');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={4} mb="xs">
        <BackLink />
      </Stack>
      <PageHeader
        title={title}
        description={site ? t('sitesAdmin.editDescription') : t('sitesAdmin.newDescription')}
        actions={
          <Button type="submit" loading={create.isPending || update.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {site ? t('sitesAdmin.save') : t('sitesAdmin.create')}
          </Button>
        }
      />
      <Stack gap="lg" maw={960}>
        {Object.keys(errors).length > 0 ? (
          <Alert color="red" role="alert">
            {t('sitesAdmin.fixErrors')}
          </Alert>
        ) : null}
        <SiteFormSections form={form} set={set} errors={errors} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" component={Link} to="/dashboard/sites">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {site ? t('sitesAdmin.save') : t('sitesAdmin.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
