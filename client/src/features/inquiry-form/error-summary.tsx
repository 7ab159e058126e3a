import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryProps {
  /** In the order of the form: the id of the field and its message. */
  items: Array<{ id: string; message: string }>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  // Focus ourselves: a hash change would be taken as a navigation by the router.
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/** The list of problems after a failed send, each a link to its field (WCAG 3.3.1). */
export function ErrorSummary({ items }: ErrorSummaryProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="red"
      icon={<IconAlertCircle size={20} aria-hidden />}
      title={t('inquiry.errorSummary', { count: items.length })}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {items.map((item) => (
          <List.Item key={item.id}>
            <Text component="a" href={`#${item.id}`} size="sm" c="red.9" td="underline" onClick={(event) => focusField(event, item.id)}>
              {item.message}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
