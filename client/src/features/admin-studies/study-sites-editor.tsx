import { Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STUDY_STATUSES, type UpdateStudyInput } from '@shared/schemas/studies';
import type { RouterOutputs } from '@client/lib/trpc';

type SiteRow = RouterOutputs['studies']['get']['sites'][number];
type SiteValue = UpdateStudyInput['sites'][number];

/** Per-site recruitment status and intake; a site that is not accepting gets no new inquiries. */
export function StudySitesEditor({ sites, value, onChange }: { sites: SiteRow[]; value: SiteValue[]; onChange: (v: SiteValue[]) => void }) {
  const { t } = useTranslation();
  const statusOptions = STUDY_STATUSES.map((s) => ({ value: s, label: t(`status.study.${s}`) }));
  const patch = (siteId: string, p: Partial<SiteValue>) => onChange(value.map((v) => (v.siteId === siteId ? { ...v, ...p } : v)));
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="study-sites">
      <Title order={2} size="h4" id="study-sites" mb={4}>
        {t('studiesAdmin.sections.sites', { count: sites.length })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('studiesAdmin.sites.help')}
      </Text>
      {sites.length === 0 ? (
        <Text size="sm">{t('studiesAdmin.sites.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-labelledby="study-sites">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('studiesAdmin.sites.site')}</Table.Th>
                <Table.Th>{t('studiesAdmin.sites.status')}</Table.Th>
                <Table.Th>{t('studiesAdmin.sites.accepting')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sites.map((site) => {
                const v = value.find((x) => x.siteId === site.siteId);
                if (!v) return null;
                return (
                  <Table.Tr key={site.siteId}>
                    <Table.Td>
                      <Stack gap={0}>
                        <Text size="sm" fw={600}>
                          <bdi>{site.name}</bdi>
                        </Text>
                        <Text size="xs" c="dimmed">
                          <bdi>{site.city}</bdi> · {site.countryCode}
                          {site.active ? '' : ` · ${t('studiesAdmin.sites.inactive')}`}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td miw={200}>
                      <Select
                        aria-label={t('studiesAdmin.sites.statusOf', { site: site.name })}
                        data={statusOptions}
                        value={v.recruitmentStatus}
                        onChange={(s) => s && patch(site.siteId, { recruitmentStatus: s as SiteValue['recruitmentStatus'] })}
                        allowDeselect={false}
                        size="sm"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={t('studiesAdmin.sites.acceptingOf', { site: site.name })}
                        checked={v.acceptingInquiries}
                        onChange={(e) => patch(site.siteId, { acceptingInquiries: e.currentTarget.checked })}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
