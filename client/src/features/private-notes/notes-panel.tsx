import '@client/features/share/mantine-dialog.css';
import { Alert, Button, Divider, Drawer, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDeviceFloppy, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMMENT_LENGTH, useNotes, type PrivateNote } from './notes-store';
import { ShareNotesForm } from './share-notes-form';
import classes from './private-notes.module.css';

export interface NotesPanelProps {
  opened: boolean;
  onClose: () => void;
  nctId: string;
  studyTitle: string;
  /** Text just selected on the page, to start a new note with. */
  draftQuote: string | null;
  onDraftDone: () => void;
}

function NoteComposer({ quote, onSave, onCancel }: { quote: string; onSave: (comment: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="sm">
        {quote ? (
          <blockquote className={classes.quote} lang="en">
            {quote}
          </blockquote>
        ) : null}
        <Textarea
          label={t('notes.commentLabel')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          maxLength={MAX_COMMENT_LENGTH}
          autosize
          minRows={3}
          data-autofocus
        />
        <Group gap="sm">
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => onSave(comment)} disabled={!quote && !comment.trim()}>
            {t('notes.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function NoteItem({ note, onUpdate, onRemove }: { note: PrivateNote; onUpdate: (comment: string) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState(note.comment);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap="xs">
        {note.quote ? (
          <blockquote className={classes.quote} lang="en">
            {note.quote}
          </blockquote>
        ) : null}
        {editing ? (
          <Textarea
            label={t('notes.commentLabel')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            maxLength={MAX_COMMENT_LENGTH}
            autosize
            minRows={2}
            autoFocus
          />
        ) : note.comment ? (
          <Text size="sm" className={classes.comment}>
            {note.comment}
          </Text>
        ) : null}
        <Group gap="xs">
          {editing ? (
            <Button
              size="xs"
              onClick={() => {
                onUpdate(comment);
                setEditing(false);
              }}
            >
              {t('notes.save')}
            </Button>
          ) : (
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(true)}>
              {t('notes.edit')}
            </Button>
          )}
          <Button size="xs" variant="subtle" color="red.8" leftSection={<IconTrash size={14} aria-hidden />} onClick={onRemove}>
            {t('notes.delete')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The side panel (a bottom drawer on phones) with the notes of this study, kept in this browser. */
export function NotesPanel({ opened, onClose, nctId, studyTitle, draftQuote, onDraftDone }: NotesPanelProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 40em)');
  const { notes, add, update, remove } = useNotes(nctId);
  const [writing, setWriting] = useState(false);
  const [storageFailed, setStorageFailed] = useState(false);
  const composing = draftQuote !== null || writing;
  const check = (ok: boolean) => setStorageFailed(!ok);

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      // 'right' is the inline end: Mantine lays the drawer out with flexbox, so it flips in right-to-left pages.
      position={phone ? 'bottom' : 'right'}
      size={phone ? '85%' : 440}
      title={<Title order={2} fz="h4">{t('notes.panelTitle')}</Title>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      radius={phone ? 'lg' : 0}
    >
      <Stack gap="md">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="sm" c="dimmed">
            {t('notes.onlyYou')}
          </Text>
        </Group>
        {storageFailed ? (
          <Alert color="red" variant="light" role="alert">
            {t('notes.storageFailed')}
          </Alert>
        ) : null}
        {composing ? (
          <NoteComposer
            key={draftQuote ?? 'free'}
            quote={draftQuote ?? ''}
            onSave={(comment) => {
              check(add(draftQuote ?? '', comment));
              setWriting(false);
              onDraftDone();
            }}
            onCancel={() => {
              setWriting(false);
              onDraftDone();
            }}
          />
        ) : (
          <Button variant="light" onClick={() => setWriting(true)} style={{ alignSelf: 'flex-start' }}>
            {t('notes.writeNote')}
          </Button>
        )}
        {notes.length === 0 ? (
          composing ? null : <Text size="sm">{t('notes.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notes.listLabel')}>
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} onUpdate={(comment) => check(update(note.id, comment))} onRemove={() => check(remove(note.id))} />
            ))}
          </Stack>
        )}
        {notes.length > 0 ? (
          <>
            <Divider />
            <ShareNotesForm nctId={nctId} studyTitle={studyTitle} notes={notes} />
          </>
        ) : null}
      </Stack>
    </Drawer>
  );
}
