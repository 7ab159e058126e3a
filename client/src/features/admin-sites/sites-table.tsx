import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SiteAdminRow } from '@shared/schemas/sites';

// Mantine truncates badge labels; these are short and must be read in full.
const visible = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

function StatusBadges({ site }: { site: SiteAdminRow }) {
  const { t } = useTranslation();
  if (!site.active) {
    return (
      <Badge variant="dot" color="gray" tt="none" fw={600} styles={visible}>
        {t('sitesAdmin.status.inactive')}
      </Badge>
    );
  }
  return (
    <Badge variant="dot" color={site.acceptingInquiries ? 'green' : 'orange'} tt="none" fw={600} styles={visible}>
      {site.acceptingInquiries ? t('sitesAdmin.status.accepting') : t('sitesAdmin.status.paused')}
    </Badge>
  );
}

export function SitesTable({ sites }: { sites: SiteAdminRow[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const num = (n: number) => <Text size="sm">{number.format(n)}</Text>;
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="sm" aria-label={t('sitesAdmin.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={200}>{t('sitesAdmin.columns.site')}</Table.Th>
              <Table.Th>{t('sitesAdmin.columns.languages')}</Table.Th>
              <Table.Th>{t('sitesAdmin.columns.timeZone')}</Table.Th>
              <Table.Th ta="end">{t('sitesAdmin.columns.studies')}</Table.Th>
              <Table.Th ta="end">{t('sitesAdmin.columns.coordinators')}</Table.Th>
              <Table.Th ta="end">{t('sitesAdmin.columns.openInquiries')}</Table.Th>
              <Table.Th ta="end">{t('sitesAdmin.columns.weeklyCap')}</Table.Th>
              <Table.Th>{t('sitesAdmin.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sites.map((s) => (
              <Table.Tr key={s.id} c={s.active ? undefined : 'dimmed'}>
                <Table.Td>
                  <Anchor component={Link} to={`/dashboard/sites/${s.id}`} fw={600} size="sm">
                    <bdi>{s.name}</bdi>
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    <bdi>{s.city}</bdi> · {s.countryCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {s.languages.map((l) => (
                      <Badge key={l} size="sm" variant="outline" color="gray" tt="uppercase">
                        {l}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                    {s.timeZone}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">{num(s.studies)}</Table.Td>
                <Table.Td ta="end">{num(s.coordinators)}</Table.Td>
                <Table.Td ta="end">{num(s.openInquiries)}</Table.Td>
                <Table.Td ta="end">
                  {s.weeklyCap === null ? (
                    <Text size="sm" c="dimmed">
                      {t('sitesAdmin.noCap')}
                    </Text>
                  ) : (
                    num(s.weeklyCap)
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadges site={s} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
