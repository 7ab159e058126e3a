import { Anchor, Container, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { usePageTitle } from '@client/lib/use-page-title';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  return (
    <Container size="sm" py={{ base: 'lg', sm: 48 }}>
      <EmptyState
        icon={<IconKey size={32} />}
        headingLevel={1}
        title={t('forgotPassword.heading')}
        description={t('forgotPassword.text')}
        action={
          <Text size="sm">
            <Anchor component={Link} to="/sign-in">
              {t('forgotPassword.back')}
            </Anchor>
          </Text>
        }
      />
    </Container>
  );
}
