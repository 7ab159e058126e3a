import '@client/styles/mantine-public.css';
import './public-contrast.css';
import { Anchor, Container, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AppLogo } from '@client/components/app-logo';
import { LanguageSwitcher } from '@client/components/language-switcher';
import { mainContentId, SkipLink } from '@client/components/ui/skip-link';
import classes from './public-layout.module.css';

export function PublicLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const onSignIn = pathname === '/sign-in';

  return (
    <div className={classes.page}>
      <SkipLink />
      <header className={classes.header}>
        <Container size="lg" className={classes.headerInner}>
          <AppLogo to="/" />
          <nav aria-label={t('nav.publicLabel')} className={classes.nav}>
            <Link to="/studies" className={classes.navLink}>
              {t('nav.findStudy')}
            </Link>
            {onSignIn ? null : (
              <Link to="/sign-in" className={classes.navLink}>
                {t('nav.researchSignIn')}
              </Link>
            )}
          </nav>
          <div className={classes.language}>
            <LanguageSwitcher />
          </div>
        </Container>
      </header>

      <main id={mainContentId} tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>

      <footer className={classes.footer}>
        <Container size="lg">
          <Group gap="xs" wrap="nowrap" align="flex-start" mb="xs">
            <IconLock size={18} aria-hidden className={classes.footerIcon} />
            <Text size="sm" fw={600}>
              {t('footer.privacyTitle')}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" maw={720}>
            {t('footer.privacyNote')}
          </Text>
          <Group justify="space-between" mt="lg" gap="sm">
            <Text size="sm" c="dimmed">
              {t('footer.copyright', { year: new Date().getFullYear() })}
            </Text>
            {onSignIn ? null : (
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('nav.researchSignIn')}
              </Anchor>
            )}
          </Group>
        </Container>
      </footer>
    </div>
  );
}
