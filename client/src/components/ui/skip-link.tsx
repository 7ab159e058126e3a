import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

export const mainContentId = 'main-content';

function focusMainContent(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(mainContentId);
  if (!main) return;
  // Move focus ourselves: a hash change would be treated as a navigation by the router.
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** First focusable element of every layout; visible only when focused. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${mainContentId}`} onClick={focusMainContent}>
      {t('a11y.skipToContent')}
    </a>
  );
}
