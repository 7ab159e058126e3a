import { Box, Container, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake, IconLanguage, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@client/lib/use-page-title';
import { HowItWorks } from './how-it-works';
import { StudySearchForm } from './study-search-form';
import classes from './home-page.module.css';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));

  const assurances = [
    { icon: IconHeartHandshake, title: t('home.assurance.voluntaryTitle'), text: t('home.assurance.voluntaryText') },
    { icon: IconLanguage, title: t('home.assurance.languageTitle'), text: t('home.assurance.languageText') },
    { icon: IconShieldCheck, title: t('home.assurance.privacyTitle'), text: t('home.assurance.privacyText') },
  ];

  return (
    <>
      <section className={classes.hero} aria-labelledby="home-title">
        <Container size="lg" py={{ base: 40, sm: 72 }}>
          <Stack gap="md" maw={720} className={classes.heroText}>
            <Text component="p" className={classes.eyebrow}>
              {t('home.eyebrow')}
            </Text>
            <Title id="home-title" order={1} className={classes.title}>
              {t('home.title')}
            </Title>
            <Text size="lg" className={classes.lead}>
              {t('home.lead')}
            </Text>
          </Stack>
          <Paper shadow="md" radius="lg" p={{ base: 'md', sm: 'xl' }} mt={{ base: 'lg', sm: 'xl' }}>
            <StudySearchForm />
          </Paper>
        </Container>
      </section>

      <HowItWorks />

      <Box component="section" aria-labelledby="assurance-title" py={{ base: 40, sm: 56 }}>
        <Container size="lg">
          <Title id="assurance-title" order={2} mb="lg">
            {t('home.assurance.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            {assurances.map(({ icon: Icon, title, text }) => (
              <Stack key={title} gap="xs">
                <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
                  <Icon size={22} />
                </ThemeIcon>
                <Title order={3} fz="lg">
                  {title}
                </Title>
                <Text c="dimmed">{text}</Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Container>
      </Box>
    </>
  );
}
