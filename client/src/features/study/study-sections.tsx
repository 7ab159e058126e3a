import { Box, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyDetail } from '@client/lib/public-api';
import { formatDate } from './study-format';
import classes from './study-page.module.css';

/** Registry text: paragraphs separated by blank lines, kept in the registry's language (English). */
export function RegistryText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div lang="en" dir="auto" className={classes.prose}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={`${id}-title`} className={classes.section}>
      <Title order={2} id={`${id}-title`} fz="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function Criteria({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Title order={3} fz="md" mb="xs">
        {title}
      </Title>
      <List spacing={6} lang="en" dir="auto" className={classes.criteria}>
        {items.map((item, index) => (
          <List.Item key={index}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.detail}>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Overview, description, eligibility and study details, in the order of the seed page. */
export function StudySections({ study }: { study: StudyDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={0}>
      {study.briefSummary ? (
        <Section id="overview" title={t('study.overview')}>
          <RegistryText text={study.briefSummary} />
        </Section>
      ) : null}
      {study.detailedDescription ? (
        <Section id="description" title={t('study.description')}>
          <RegistryText text={study.detailedDescription} />
        </Section>
      ) : null}
      {study.inclusionCriteria.length + study.exclusionCriteria.length > 0 ? (
        <Section id="eligibility" title={t('study.eligibility')}>
          <Stack gap="lg">
            <Criteria title={t('study.inclusion')} items={study.inclusionCriteria} />
            <Criteria title={t('study.exclusion')} items={study.exclusionCriteria} />
          </Stack>
        </Section>
      ) : null}
      <Section id="details" title={t('study.details')}>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" m={0}>
          {study.conditions.length > 0 ? (
            <Detail label={t('study.conditions')}>
              <span lang="en">{study.conditions.join(', ')}</span>
            </Detail>
          ) : null}
          <Detail label={t('study.nctId')}>{study.nctId}</Detail>
          {study.sponsor ? (
            <Detail label={t('study.sponsor')}>
              <span lang="en">{study.sponsor}</span>
            </Detail>
          ) : null}
          {study.collaborators.length > 0 ? (
            <Detail label={t('study.collaborators')}>
              <span lang="en">{study.collaborators.join(', ')}</span>
            </Detail>
          ) : null}
          {study.lastUpdatePostedAt ? (
            <Detail label={t('study.lastUpdate')}>{formatDate(study.lastUpdatePostedAt, i18n.language)}</Detail>
          ) : null}
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
