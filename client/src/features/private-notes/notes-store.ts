// Private notes live in this browser only (localStorage, one list per study). Shared copies are
// encrypted first (note-crypto.ts); the server never sees a note in clear.
import { useCallback, useEffect, useState } from 'react';

export interface PrivateNote {
  id: string;
  /** The text selected on the study page. */
  quote: string;
  comment: string;
  createdAt: string;
  updatedAt: string;
}

/** What a shared link holds once decrypted. */
export interface SharedNotesPayload {
  v: 1;
  nctId: string;
  title: string;
  notes: Array<Pick<PrivateNote, 'quote' | 'comment'>>;
}

export const MAX_QUOTE_LENGTH = 1000;
export const MAX_COMMENT_LENGTH = 2000;
const storageKey = (nctId: string) => `trialconnect.notes.${nctId}`;
const changeEvent = 'trialconnect:notes-changed';

function isNote(value: unknown): value is PrivateNote {
  const note = value as Partial<PrivateNote> | null;
  return Boolean(note && typeof note.id === 'string' && typeof note.quote === 'string' && typeof note.comment === 'string');
}

export function readNotes(nctId: string): PrivateNote[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(nctId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isNote) : [];
  } catch {
    return [];
  }
}

function writeNotes(nctId: string, notes: PrivateNote[]): boolean {
  try {
    if (notes.length === 0) window.localStorage.removeItem(storageKey(nctId));
    else window.localStorage.setItem(storageKey(nctId), JSON.stringify(notes));
    window.dispatchEvent(new CustomEvent(changeEvent, { detail: nctId }));
    return true;
  } catch {
    return false;
  }
}

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function parseSharedPayload(text: string): SharedNotesPayload | null {
  try {
    const value = JSON.parse(text) as Partial<SharedNotesPayload>;
    if (value.v !== 1 || !Array.isArray(value.notes)) return null;
    const notes = value.notes
      .filter((note) => note && typeof note.quote === 'string' && typeof note.comment === 'string')
      .map((note) => ({ quote: note.quote, comment: note.comment }));
    return { v: 1, nctId: String(value.nctId ?? ''), title: String(value.title ?? ''), notes };
  } catch {
    return null;
  }
}

/** The notes of one study, kept in step across components and tabs. Writes return false when storage is unavailable. */
export function useNotes(nctId: string) {
  const [notes, setNotes] = useState<PrivateNote[]>(() => readNotes(nctId));

  useEffect(() => {
    const refresh = () => setNotes(readNotes(nctId));
    refresh();
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(nctId)) refresh();
    };
    window.addEventListener(changeEvent, refresh);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(changeEvent, refresh);
      window.removeEventListener('storage', onStorage);
    };
  }, [nctId]);

  const add = useCallback(
    (quote: string, comment: string) => {
      const now = new Date().toISOString();
      const note = { id: newId(), quote: quote.slice(0, MAX_QUOTE_LENGTH), comment: comment.slice(0, MAX_COMMENT_LENGTH), createdAt: now, updatedAt: now };
      return writeNotes(nctId, [...readNotes(nctId), note]);
    },
    [nctId],
  );

  const update = useCallback(
    (id: string, comment: string) =>
      writeNotes(
        nctId,
        readNotes(nctId).map((note) =>
          note.id === id ? { ...note, comment: comment.slice(0, MAX_COMMENT_LENGTH), updatedAt: new Date().toISOString() } : note,
        ),
      ),
    [nctId],
  );

  const remove = useCallback((id: string) => writeNotes(nctId, readNotes(nctId).filter((note) => note.id !== id)), [nctId]);

  return { notes, add, update, remove };
}
