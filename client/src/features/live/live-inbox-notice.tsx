import { Button, Group, Paper, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@client/lib/trpc';
import { newInquiryCount } from './inquiry-event-stream';
import { useInquiryEvents, useNewInquiryCount } from './use-inquiry-events';

export interface LiveInboxNoticeProps {
  /** Brings the newest inquiries into view (first page, newest first). */
  onShow: () => void;
}

/**
 * Keeps the inbox current while it is open: every change refetches the list, and new inquiries
 * are announced politely ("2 new inquiries") with a button that shows them.
 */
export function LiveInboxNotice({ onShow }: LiveInboxNoticeProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const count = useNewInquiryCount();

  // Opening the inbox shows the newest inquiries: nothing is "new" any more.
  useEffect(() => newInquiryCount.reset(), []);
  useInquiryEvents(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() });
  });

  return (
    // Always in the page so that screen readers track it; it has content only when there is news.
    <div role="status" aria-live="polite">
      {count > 0 ? (
        <Paper withBorder radius="md" px="md" py="xs" bg="var(--mantine-color-blue-light)">
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <IconBell size={18} aria-hidden />
              <Text size="sm" fw={500}>
                {t('live.newInquiries', { count })}
              </Text>
            </Group>
            <Button
              size="xs"
              variant="filled"
              onClick={() => {
                newInquiryCount.reset();
                onShow();
              }}
            >
              {t('live.show')}
            </Button>
          </Group>
        </Paper>
      ) : null}
    </div>
  );
}
