import { useEffect, useRef, type RefObject } from 'react';
import { mainContentId } from '@client/components/ui/skip-link';

export type InboxKeyActions = {
  rowCount: number;
  activeIndex: number;
  setActiveIndex: (index: number) => void;
  open: (index: number) => void;
  toggleSelect: (index: number) => void;
  changeStatus: () => void;
  assign: () => void;
  help: () => void;
  focusSearch: () => void;
};

/** The shortcuts, for the help dialog; `keys` are shown as <kbd>. */
export const SHORTCUTS = [
  { keys: ['j', '↓'], action: 'next' },
  { keys: ['k', '↑'], action: 'previous' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['x'], action: 'select' },
  { keys: ['s'], action: 'status' },
  { keys: ['a'], action: 'assign' },
  { keys: ['/'], action: 'search' },
  { keys: ['?'], action: 'help' },
] as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A row's checkbox takes no text: the shortcuts keep working after ticking one.
  if (target instanceof HTMLInputElement && ['checkbox', 'radio', 'button'].includes(target.type)) return Boolean(target.closest('[role="dialog"], [role="menu"]'));
  if (target.closest('input, textarea, select, [role="combobox"], [role="listbox"], [role="menu"], [role="dialog"]')) return true;
  return false;
}

/** Focuses the row's link, so screen readers announce the row and Enter opens it natively. */
export function focusRow(container: HTMLElement | null, index: number): void {
  const link = container?.querySelectorAll<HTMLElement>('[data-row-link]')[index];
  link?.focus();
  link?.closest('tr, [data-row]')?.scrollIntoView({ block: 'nearest' });
}

/**
 * Triage without the mouse: j/k or arrows move between rows, Enter opens, x selects, s and a act,
 * / searches, ? shows the list. Keys typed into fields, menus and dialogs are left alone.
 */
export function useInboxKeyboard(actions: InboxKeyActions, container: RefObject<HTMLElement | null>, enabled: boolean): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const a = latest.current;
      const inTable = event.target instanceof Node && Boolean(container.current?.contains(event.target));
      const onPage = inTable || event.target === document.body || (event.target as HTMLElement).id === mainContentId;
      const move = (delta: number) => {
        if (a.rowCount === 0) return;
        const next = Math.min(a.rowCount - 1, Math.max(0, (a.activeIndex < 0 ? -1 : a.activeIndex) + delta));
        a.setActiveIndex(next);
        focusRow(container.current, next);
      };
      let handled = true;
      switch (event.key) {
        case 'j':
          move(1);
          break;
        case 'k':
          move(-1);
          break;
        case 'ArrowDown':
        case 'ArrowUp':
          if (!onPage) return;
          move(event.key === 'ArrowDown' ? 1 : -1);
          break;
        case 'Enter':
          // On a link or a checkbox the browser does the right thing itself.
          if (inTable && (event.target as HTMLElement).closest('a, button, input')) return;
          if (a.activeIndex < 0 || !onPage) return;
          a.open(a.activeIndex);
          break;
        case 'x':
          if (a.activeIndex < 0) return;
          a.toggleSelect(a.activeIndex);
          break;
        case 's':
          a.changeStatus();
          break;
        case 'a':
          a.assign();
          break;
        case '/':
          a.focusSearch();
          break;
        case '?':
          a.help();
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, container]);
}
