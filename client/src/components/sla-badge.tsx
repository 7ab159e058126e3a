import { Badge, Tooltip, type MantineColor, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '@shared/sla-state';

const colors: Record<SlaState, MantineColor> = {
  ON_TRACK: 'green',
  DUE_SOON: 'yellow',
  BREACHED: 'red',
  MET: 'teal',
  MET_LATE: 'orange',
  NONE: 'gray',
};

export interface SlaBadgeProps {
  /** From slaStateOf (shared/sla-state.ts) or the server's `slaState` column. */
  state: SlaState;
  /** When given, a tooltip names the due time in the interface language. */
  dueAt?: Date | string | null;
  size?: MantineSize;
}

/**
 * Time to first contact against the site's response-time target. The "dot" variant keeps the
 * label in the body colour (AA contrast); the colour only repeats what the word says.
 */
export function SlaBadge({ state, dueAt, size }: SlaBadgeProps) {
  const { t, i18n } = useTranslation();
  const badge = (
    <Badge variant="dot" color={colors[state]} size={size ?? 'md'} tt="none" fw={600}>
      {t(`inbox.sla.${state}`)}
    </Badge>
  );
  if (!dueAt) return badge;
  const due = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(dueAt));
  return (
    <Tooltip label={t('inbox.sla.dueAt', { date: due })} withArrow>
      {badge}
    </Tooltip>
  );
}
