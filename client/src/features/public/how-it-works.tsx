import { Box, Container, Paper, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapPin, IconPhoneCall, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './how-it-works.module.css';

export function HowItWorks() {
  const { t } = useTranslation();
  const steps = [
    { icon: IconSearch, title: t('home.steps.findTitle'), text: t('home.steps.findText') },
    { icon: IconMapPin, title: t('home.steps.contactTitle'), text: t('home.steps.contactText') },
    { icon: IconPhoneCall, title: t('home.steps.callbackTitle'), text: t('home.steps.callbackText') },
  ];

  return (
    <Box component="section" aria-labelledby="how-title" className={classes.section}>
      <Container size="lg" py={{ base: 40, sm: 56 }}>
        <Title id="how-title" order={2} mb={4}>
          {t('home.steps.title')}
        </Title>
        <Text c="dimmed" mb="lg">
          {t('home.steps.subtitle')}
        </Text>
        <SimpleGrid component="ol" cols={{ base: 1, sm: 3 }} spacing="lg" className={classes.list}>
          {steps.map(({ icon: Icon, title, text }, index) => (
            <Paper component="li" key={title} withBorder radius="lg" p="lg" className={classes.step}>
              <div className={classes.stepHeader}>
                <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                  <Icon size={24} />
                </ThemeIcon>
                <Text component="span" className={classes.number} aria-hidden>
                  {index + 1}
                </Text>
              </div>
              <Title order={3} fz="lg" mt="md" mb={6}>
                {title}
              </Title>
              <Text c="dimmed">{text}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Container>
    </Box>
  );
}
