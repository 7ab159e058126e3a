import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingHospital, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { SitesTable } from './sites-table';

export function SitesAdminPage() {
  return (
    <AdminOnly>
      <Sites />
    </AdminOnly>
  );
}

function Sites() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const list = useQuery({ ...trpc.sites.adminList.queryOptions({ search: debounced || undefined }), placeholderData: keepPreviousData });

  return (
    <>
      <PageHeader
        title={t('dashboard.pages.sites.title')}
        description={t('dashboard.pages.sites.description')}
        actions={
          <Button component={Link} to="/dashboard/sites/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('sitesAdmin.add')}
          </Button>
        }
      />
      <Stack gap="md">
        <TextInput
          label={t('sitesAdmin.search')}
          placeholder={t('sitesAdmin.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maxLength={100}
          maw={420}
          type="search"
        />
        {list.isError ? (
          <Alert color="red">{errorMessage(list.error)}</Alert>
        ) : !list.data ? (
          <Group justify="center" py="xl" role="status">
            <Loader aria-hidden />
            <Text c="dimmed">{t('common.loading')}</Text>
          </Group>
        ) : list.data.length === 0 ? (
          <EmptyState
            icon={<IconBuildingHospital size={28} />}
            title={debounced ? t('sitesAdmin.noMatch') : t('sitesAdmin.empty')}
            description={debounced ? t('sitesAdmin.noMatchText') : t('sitesAdmin.emptyText')}
          />
        ) : (
          <>
            <Text size="sm" c="dimmed" role="status">
              {t('sitesAdmin.count', { count: list.data.length })}
            </Text>
            <SitesTable sites={list.data} />
          </>
        )}
      </Stack>
    </>
  );
}
