import { Button, Container } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { usePageTitle } from '@client/lib/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Container size="md" py={{ base: 'lg', sm: 48 }}>
      <EmptyState
        icon={<IconMapQuestion size={32} />}
        headingLevel={1}
        title={t('notFound.heading')}
        description={t('notFound.text')}
        action={
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        }
      />
    </Container>
  );
}
