import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InquiryStatusBadge } from '@client/components/inquiry-status-badge';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { useTRPC } from '@client/lib/trpc';
import type { InquiryStatus } from '@shared/inquiry-status';

/** Other inquiries from the same e-mail or phone; those at sites the user cannot see only as a count. */
export function DuplicatesCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.inquiries.duplicates.queryOptions({ id }));
  const data = query.data;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="duplicates-heading">
      <Title order={2} size="h4" id="duplicates-heading" mb="sm">
        {t('inquiryPage.duplicates.title')}
      </Title>
      {query.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : !data ? (
        <Text size="sm" c="dimmed">
          {t('inquiryPage.duplicates.unavailable')}
        </Text>
      ) : data.visible.length === 0 && data.hiddenCount === 0 ? (
        <Text size="sm" c="dimmed">
          {t('inquiryPage.duplicates.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {data.visible.map((d) => (
            <div key={d.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/dashboard/inquiries/${d.id}`} fw={600} size="sm">
                  {d.reference}
                </Anchor>
                <InquiryStatusBadge status={d.status as InquiryStatus} size="sm" />
              </Group>
              <Text size="xs" c="dimmed">
                {d.study.nctId} · {d.siteName ?? t('inquiryPage.routing.centralQueue')} · {formatDateTime(d.createdAt, i18n.language)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('inquiryPage.duplicates.matched', { fields: d.matchedOn.map((f) => t(`inquiryPage.duplicates.fields.${f}`)).join(', ') })}
              </Text>
            </div>
          ))}
          {data.moreVisible > 0 ? <Text size="xs">{t('inquiryPage.duplicates.more', { count: data.moreVisible })}</Text> : null}
          {data.hiddenCount > 0 ? (
            <Text size="sm" c="dimmed" data-testid="duplicates-hidden">
              {t('inquiryPage.duplicates.hidden', { count: data.hiddenCount })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
