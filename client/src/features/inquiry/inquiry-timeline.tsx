import { Anchor, Badge, Code, Group, Loader, Paper, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { IconArrowsExchange, IconCalendarEvent, IconCopy, IconFlag, IconMail, IconNote, IconPhoneCall, IconUserCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InquiryStatusBadge } from '@client/components/inquiry-status-badge';
import { EmailStatusBadge } from '@client/features/admin-outbox/email-status-badge';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { templateName } from '@client/features/admin-templates/template-labels';
import { useTRPC } from '@client/lib/trpc';
import { NoteForm } from './note-form';
import { inquiryErrorMessage, isolate, type TimelineEntry } from './use-inquiry';

const icons: Record<TimelineEntry['kind'], ReactNode> = {
  STATUS: <IconFlag size={14} />,
  NOTE: <IconNote size={14} />,
  CALL: <IconPhoneCall size={14} />,
  EMAIL: <IconMail size={14} />,
  ASSIGNMENT: <IconUserCheck size={14} />,
  REROUTE: <IconArrowsExchange size={14} />,
  FOLLOW_UP: <IconCalendarEvent size={14} />,
  REPEAT: <IconCopy size={14} />,
};

function Body({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation();
  switch (entry.kind) {
    case 'STATUS':
      return (
        <Stack gap={4}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {entry.from ? t('inquiryPage.timeline.statusChanged') : t('inquiryPage.timeline.received')}
            </Text>
            {entry.from ? (
              <>
                <InquiryStatusBadge status={entry.from as never} size="sm" />
                <Text size="sm" aria-hidden>
                  →
                </Text>
              </>
            ) : null}
            <InquiryStatusBadge status={entry.to as never} size="sm" />
          </Group>
          {entry.reason ? <Quote>{entry.reason}</Quote> : null}
        </Stack>
      );
    case 'NOTE':
      return (
        <Stack gap={4}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('inquiryPage.timeline.note')}
            </Text>
            {entry.visibility === 'PRIVATE' ? (
              <Badge size="sm" variant="light" color="grape" tt="none">
                {t('inquiryPage.notes.privateBadge')}
              </Badge>
            ) : null}
          </Group>
          <Quote>{entry.body}</Quote>
        </Stack>
      );
    case 'CALL':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('inquiryPage.timeline.call', { outcome: t(`inquiryPage.call.outcomes.${(entry.outcome ?? 'NO_ANSWER') as 'NO_ANSWER'}`) })}
          </Text>
          {entry.body ? <Quote>{entry.body}</Quote> : null}
        </Stack>
      );
    case 'EMAIL': {
      const e = entry.email;
      return (
        <Stack gap={4}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {t('inquiryPage.timeline.email', { template: templateName(t, e.templateKey) })}
            </Text>
            <EmailStatusBadge status={e.status} />
          </Group>
          <Text size="sm" dir="auto" style={{ unicodeBidi: 'plaintext', overflowWrap: 'anywhere' }}>
            {e.subject}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('inquiryPage.timeline.emailTo', { address: isolate(e.toAddress) })} · {t('inquiryPage.timeline.attempts', { count: e.attempts })}
            {e.sentAt ? ` · ${t('inquiryPage.timeline.sentAt', { date: formatDateTime(e.sentAt, i18n.language) })}` : ''}
          </Text>
          {e.lastError ? (
            <Text size="xs" c="red.8">
              {t('inquiryPage.timeline.lastError')} <Code>{e.lastError}</Code>
            </Text>
          ) : null}
        </Stack>
      );
    }
    case 'ASSIGNMENT':
      return (
        <Text size="sm" fw={600}>
          {entry.assignee ? t('inquiryPage.timeline.assigned', { name: isolate(entry.assignee.name) }) : t('inquiryPage.timeline.unassigned')}
        </Text>
      );
    case 'REROUTE':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('inquiryPage.timeline.rerouted', { from: isolate(entry.fromSite ?? t('inquiryPage.routing.centralQueue')), to: isolate(entry.toSite ?? '') })}
          </Text>
          {entry.reason ? <Quote>{entry.reason}</Quote> : null}
        </Stack>
      );
    case 'FOLLOW_UP':
      return (
        <Text size="sm" fw={600}>
          {entry.followUpAt ? t('inquiryPage.timeline.followUpSet', { date: formatDateTime(entry.followUpAt, i18n.language) }) : t('inquiryPage.timeline.followUpCleared')}
        </Text>
      );
    case 'REPEAT':
      return (
        <Text size="sm" fw={600}>
          {t('inquiryPage.timeline.repeat')}{' '}
          {entry.otherInquiryId ? (
            <Anchor component={Link} to={`/dashboard/inquiries/${entry.otherInquiryId}`} size="sm">
              {t('inquiryPage.timeline.openRepeat')}
            </Anchor>
          ) : null}
        </Text>
      );
  }
}

/** Free text written by people: kept as typed, in its own direction. */
function Quote({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', unicodeBidi: 'plaintext' }}>
      {children}
    </Text>
  );
}

export function InquiryTimeline({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.inquiries.timeline.queryOptions({ id }));
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="sm">
        {t('inquiryPage.timeline.title')}
      </Title>
      <NoteForm id={id} />
      <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
        {query.isPending ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : query.isError ? (
          <Text c="red.8">{inquiryErrorMessage(t, query.error)}</Text>
        ) : (
          <Timeline bulletSize={26} lineWidth={2} role="list" aria-label={t('inquiryPage.timeline.title')} data-testid="timeline">
            {query.data.map((entry) => (
              <Timeline.Item
                key={`${entry.kind}-${entry.id}`}
                role="listitem"
                bullet={
                  <ThemeIcon size={26} radius="xl" variant="light" aria-hidden>
                    {icons[entry.kind]}
                  </ThemeIcon>
                }
              >
                <Body entry={entry} />
                <Text size="xs" c="dimmed" mt={4}>
                  {formatDateTime(entry.at, i18n.language)}
                  {entry.by ? ` · ${isolate(entry.by.name)}` : entry.kind === 'EMAIL' ? '' : ` · ${t('inquiryPage.timeline.system')}`}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </div>
    </Paper>
  );
}
