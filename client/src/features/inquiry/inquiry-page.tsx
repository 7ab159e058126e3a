import { Alert, Anchor, Badge, DataList, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InquiryStatusBadge } from '@client/components/inquiry-status-badge';
import { SlaBadge } from '@client/components/sla-badge';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { languageDirection } from '@client/i18n/languages';
import { usePageTitle } from '@client/lib/use-page-title';
import { slaStateOf } from '@shared/sla-state';
import { ContactCard } from './contact-card';
import { DuplicatesCard } from './duplicates-card';
import { EmailComposerButton } from './email-composer';
import { FollowUpPanel } from './follow-up-panel';
import { InquiryTimeline } from './inquiry-timeline';
import { RoutingCard } from './routing-card';
import { StatusPanel } from './status-panel';
import { inquiryErrorMessage, label, useInquiry, type InquiryDetail } from './use-inquiry';

/** One inquiry: reach the family, triage it, and see everything that happened to it. */
export function InquiryPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useInquiry(id);
  const inquiry = query.data;
  // The reference, never the patient's name: the title ends up in browser history and tabs.
  usePageTitle(inquiry ? t('inquiryPage.pageTitle', { reference: inquiry.reference }) : t('inquiryPage.loading'));
  const BackIcon = languageDirection(i18n.language) === 'rtl' ? IconArrowRight : IconArrowLeft;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/dashboard" size="sm" underline="hover" style={{ alignSelf: 'flex-start' }}>
        <Group gap={6} component="span">
          <BackIcon size={16} aria-hidden />
          {t('inquiryPage.back')}
        </Group>
      </Anchor>
      {query.isPending ? (
        <Group gap="sm">
          <Loader size="sm" />
          <Text>{t('inquiryPage.loading')}</Text>
        </Group>
      ) : query.isError ? (
        <>
          <Title order={1} fz="h2">
            {t('inquiryPage.notFoundTitle')}
          </Title>
          <Alert color="red">{inquiryErrorMessage(t, query.error)}</Alert>
        </>
      ) : inquiry ? (
        <Loaded inquiry={inquiry} />
      ) : null}
    </Stack>
  );
}

function Loaded({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const sla = slaStateOf({ status: inquiry.status, slaDueAt: inquiry.slaDueAt, firstContactAt: inquiry.firstContactAt }, new Date());
  return (
    <>
      <Stack gap={6}>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {inquiry.anonymizedAt ? t('inquiryPage.anonymousName') : `${inquiry.firstName} ${inquiry.lastName}`}
        </Title>
        <Group gap="xs" wrap="wrap">
          <InquiryStatusBadge status={inquiry.status} />
          <SlaBadge state={sla} dueAt={inquiry.slaDueAt} />
          {inquiry.interpreterNeeded ? (
            <Badge color="orange" variant="dot" tt="none" fw={600}>
              {t('inquiryPage.contact.interpreterTitle')}
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            <bdi>{inquiry.reference}</bdi> · <bdi>{inquiry.study.nctId}</bdi> · <bdi>{formatDateTime(inquiry.createdAt, i18n.language)}</bdi>
          </Text>
        </Group>
        <Text size="sm" c="dimmed" dir="auto">
          {inquiry.study.title}
        </Text>
      </Stack>
      <Group gap="sm" wrap="wrap">
        <EmailComposerButton inquiry={inquiry} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <ContactCard inquiry={inquiry} />
            <StatusPanel inquiry={inquiry} />
            <InquiryTimeline id={inquiry.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <FollowUpPanel inquiry={inquiry} />
            <RoutingCard inquiry={inquiry} />
            <DuplicatesCard id={inquiry.id} />
            <Details inquiry={inquiry} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Details({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('inquiryPage.details.none');
  const rows: [string, string][] = [
    [t('inquiryPage.details.received'), formatDateTime(inquiry.createdAt, i18n.language)],
    [t('inquiryPage.details.source'), label(t, `inquiryPage.details.sources.${inquiry.source}`, inquiry.source)],
    [t('inquiryPage.details.location'), inquiry.locationLabel ?? none],
    [t('inquiryPage.details.firstContact'), inquiry.firstContactAt ? formatDateTime(inquiry.firstContactAt, i18n.language) : none],
    [t('inquiryPage.details.slaDue'), inquiry.slaDueAt ? formatDateTime(inquiry.slaDueAt, i18n.language) : none],
    [t('inquiryPage.details.lastActivity'), formatDateTime(inquiry.lastActivityAt, i18n.language)],
  ];
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="details-heading">
      <Title order={2} size="h4" id="details-heading" mb="sm">
        {t('inquiryPage.details.title')}
      </Title>
      <DataList orientation="horizontal" labelWidth={150}>
        {rows.map(([name, value]) => (
          <DataList.Item key={name}>
            <DataList.ItemLabel>{name}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
