import { Button } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUOTE_LENGTH } from './notes-store';
import classes from './private-notes.module.css';

export interface SelectionNoteButtonProps {
  /** Only text selected inside this element can be noted. */
  containerRef: RefObject<HTMLElement | null>;
  onAddNote: (quote: string) => void;
}

interface Anchor {
  quote: string;
  /** Null on touch screens: the button then sits at the bottom of the screen, clear of the system's selection menu. */
  top: number | null;
  left: number;
}

function selectedQuote(container: HTMLElement | null): Anchor | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  // Form fields keep their own selection; only reading text can be noted.
  const start = range.startContainer.parentElement;
  if (start?.closest('input, textarea, select, button, form')) return null;
  const quote = selection.toString().replace(/\s+/g, ' ').trim();
  if (quote.length < 2) return null;
  if (window.matchMedia('(pointer: coarse)').matches) return { quote: quote.slice(0, MAX_QUOTE_LENGTH), top: null, left: 0 };
  const rect = range.getBoundingClientRect();
  const left = Math.min(Math.max(rect.left + rect.width / 2 + window.scrollX, 80), document.documentElement.clientWidth - 80);
  return { quote: quote.slice(0, MAX_QUOTE_LENGTH), top: Math.max(rect.top - 48 + window.scrollY, window.scrollY + 8), left };
}

/** "Add note" next to text selected on the study page (the seed's "Select a piece of text"). */
export function SelectionNoteButton({ containerRef, onAddNote }: SelectionNoteButtonProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<Anchor | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAnchor(selectedQuote(containerRef.current)));
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('resize', update);
    };
  }, [containerRef]);

  if (!anchor) return null;
  return (
    <div
      className={anchor.top === null ? `${classes.selectionButton} ${classes.selectionButtonFixed}` : classes.selectionButton}
      style={anchor.top === null ? undefined : { top: anchor.top, left: anchor.left }}
    >
      <Button
        size="sm"
        radius="xl"
        leftSection={<IconNote size={16} aria-hidden />}
        // Keep the selection: a mouse press would otherwise clear it before the click.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          onAddNote(anchor.quote);
          window.getSelection()?.removeAllRanges();
          setAnchor(null);
        }}
      >
        {t('notes.addNote')}
      </Button>
    </div>
  );
}
