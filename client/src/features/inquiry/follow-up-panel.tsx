import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { isolate, notifyInquiryError, useInquiryUpdater, type InquiryDetail } from './use-inquiry';

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, as datetime-local inputs want it. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function tomorrowMorning(): Date {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  return d;
}

/** Who follows this inquiry up, and when next. */
export function FollowUpPanel({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const update = useInquiryUpdater(inquiry.id);
  const [when, setWhen] = useState(() => toLocalInput(inquiry.nextFollowUpAt ? new Date(inquiry.nextFollowUpAt) : tomorrowMorning()));
  const follow = useMutation(
    trpc.inquiries.setFollowUp.mutationOptions({
      onSuccess: async (fresh) => {
        notifySuccess(fresh.nextFollowUpAt ? t('inquiryPage.followUp.saved') : t('inquiryPage.followUp.cleared'));
        await update(fresh);
      },
      onError: (error) => notifyInquiryError(t, error),
    }),
  );
  const assign = useMutation(
    trpc.inquiries.assign.mutationOptions({
      onSuccess: async (fresh) => {
        notifySuccess(fresh.assignee ? t('inquiryPage.assign.saved', { name: isolate(fresh.assignee.name) }) : t('inquiryPage.assign.cleared'));
        await update(fresh);
      },
      onError: (error) => notifyInquiryError(t, error),
    }),
  );
  const due = inquiry.nextFollowUpAt ? new Date(inquiry.nextFollowUpAt) : null;
  const overdue = due !== null && due.getTime() < Date.now();
  const parsed = when ? new Date(when) : null;
  const valid = parsed !== null && !Number.isNaN(parsed.getTime());

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="follow-up-heading">
      <Title order={2} size="h4" id="follow-up-heading" mb="sm">
        {t('inquiryPage.followUp.title')}
      </Title>
      <Stack gap="md">
        <Select
          label={t('inquiryPage.assign.label')}
          placeholder={t('inquiryPage.assign.nobody')}
          data={inquiry.members.map((m) => ({ value: m.id, label: m.name }))}
          value={inquiry.assignee?.id ?? null}
          onChange={(v) => assign.mutate({ id: inquiry.id, assigneeId: v })}
          clearable
          disabled={assign.isPending || !inquiry.site}
          nothingFoundMessage={t('inquiryPage.assign.noMembers')}
          comboboxProps={{ withinPortal: true }}
        />
        {due ? (
          overdue ? (
            <Alert color="red" variant="light" icon={<IconAlarm size={20} aria-hidden />} title={t('inquiryPage.followUp.overdue')} data-testid="follow-up-overdue">
              {t('inquiryPage.followUp.wasDue', { date: formatDateTime(due, i18n.language) })}
            </Alert>
          ) : (
            <Text size="sm">{t('inquiryPage.followUp.next', { date: formatDateTime(due, i18n.language) })}</Text>
          )
        ) : (
          <Text size="sm" c="dimmed">
            {t('inquiryPage.followUp.none')}
          </Text>
        )}
        <TextInput type="datetime-local" label={t('inquiryPage.followUp.date')} value={when} onChange={(e) => setWhen(e.currentTarget.value)} />
        <Group gap="sm" wrap="wrap">
          <Button variant="light" loading={follow.isPending} disabled={!valid} onClick={() => valid && follow.mutate({ id: inquiry.id, at: parsed })}>
            {t('inquiryPage.followUp.set')}
          </Button>
          {due ? (
            <Button variant="subtle" color="gray" disabled={follow.isPending} onClick={() => follow.mutate({ id: inquiry.id, at: null })}>
              {t('inquiryPage.followUp.clear')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
