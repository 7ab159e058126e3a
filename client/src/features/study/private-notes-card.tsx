import { Button, Group, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '@client/features/private-notes/notes-store';
import classes from '@client/features/private-notes/private-notes.module.css';

/** The seed's "Add a private note" box: what it does, and the way in for keyboard users. */
export function PrivateNotesCard({ nctId, onOpen }: { nctId: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const { notes } = useNotes(nctId);
  return (
    <Paper component="section" aria-labelledby="private-notes-title" withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Group gap="sm" wrap="nowrap" mb="sm">
        <ThemeIcon size={36} radius="xl" variant="light" aria-hidden>
          <IconNote size={20} />
        </ThemeIcon>
        <Title order={2} fz="h4" id="private-notes-title">
          {t('notes.cardTitle')}
        </Title>
      </Group>
      <ul className={classes.steps}>
        <li>
          <Text size="sm">{t('notes.stepSelect')}</Text>
        </li>
        <li>
          <Text size="sm">{t('notes.stepOnlyYou')}</Text>
        </li>
        <li>
          <Text size="sm">{t('notes.stepShare')}</Text>
        </li>
      </ul>
      <Button variant="light" mt="md" onClick={onOpen}>
        {notes.length > 0 ? t('notes.openCount', { count: notes.length }) : t('notes.open')}
      </Button>
    </Paper>
  );
}
