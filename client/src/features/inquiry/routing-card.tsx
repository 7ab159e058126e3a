import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { RerouteButton } from './reroute-button';
import { isolate, label, type InquiryDetail } from './use-inquiry';

/** Why this site: the decision in force, the steps taken, and the other candidates. */
export function RoutingCard({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const routing = inquiry.routing;
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="routing-heading">
      <Title order={2} size="h4" id="routing-heading" mb="sm">
        {t('inquiryPage.routing.title')}
      </Title>
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed">
            {t('inquiryPage.routing.site')}
          </Text>
          <Text fw={600}>{inquiry.site ? <bdi>{`${inquiry.site.name} · ${inquiry.site.city}`}</bdi> : t('inquiryPage.routing.centralQueue')}</Text>
        </div>
        {routing ? (
          <>
            <Text size="sm">
              <Text span fw={600}>
                {label(t, `inquiryPage.routing.rules.${routing.rule}`, routing.rule)}
              </Text>
              {routing.kind === 'REROUTE' ? (
                <Text span c="dimmed" size="sm">
                  {' '}
                  · {t('inquiryPage.routing.reroutedBy', { name: isolate(routing.decidedBy?.name ?? ''), date: formatDateTime(routing.createdAt, i18n.language) })}
                </Text>
              ) : null}
            </Text>
            {routing.reason ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                {t('inquiryPage.routing.reason')}: {routing.reason}
              </Text>
            ) : null}
            {routing.rulesApplied.length > 0 ? (
              <div>
                <Text size="sm" c="dimmed" mb={4}>
                  {t('inquiryPage.routing.steps')}
                </Text>
                <List size="sm" spacing={2}>
                  {routing.rulesApplied.map((step) => (
                    <List.Item key={step}>{label(t, `inquiryPage.routing.stepNames.${step}`, step)}</List.Item>
                  ))}
                </List>
              </div>
            ) : null}
            {routing.candidates.length > 0 ? (
                <Table fz="sm" verticalSpacing={6} captionSide="top">
                  <Table.Caption style={{ textAlign: 'start' }}>{t('inquiryPage.routing.candidates')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('inquiryPage.routing.candidate')}</Table.Th>
                      <Table.Th>{t('inquiryPage.routing.distance')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {routing.candidates.map((c) => (
                      <Table.Tr key={c.siteId} fw={c.siteId === inquiry.site?.id ? 600 : undefined}>
                        <Table.Td>
                          <Text size="sm" fw="inherit">
                            {c.rank ? `${c.rank}. ` : ''}
                            <bdi>{c.name}</bdi>
                          </Text>
                          <Group gap={4} mt={2}>
                            <Badge size="xs" variant={c.siteId === inquiry.site?.id ? 'dot' : 'light'} color={c.siteId === inquiry.site?.id ? 'teal' : 'gray'} tt="none">
                              {label(t, `inquiryPage.routing.reasons.${c.reason}`, c.reason)}
                            </Badge>
                            {c.languageMatch ? (
                              <Badge size="xs" variant="outline" color="gray" tt="none">
                                {t('inquiryPage.routing.speaksLanguage')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {c.distanceKm === null ? '—' : t('inquiryPage.routing.km', { km: km.format(c.distanceKm) })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
            ) : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('inquiryPage.routing.none')}
          </Text>
        )}
        <RerouteButton inquiry={inquiry} />
      </Stack>
    </Paper>
  );
}
