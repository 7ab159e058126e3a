import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  /** Optional call to action, e.g. a button or link. */
  action?: ReactNode;
  /** Heading level of the title: 2 under a page h1, or 1 when the empty state is the whole page. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Draws the empty state on a bordered panel. */
  withBorder?: boolean;
}

export function EmptyState({ icon, title, description, action, headingLevel = 2, withBorder = true }: EmptyStateProps) {
  return (
    <Paper withBorder={withBorder} radius="lg" px="md" py={48} bg={withBorder ? 'var(--mantine-color-body)' : undefined}>
      <MantineEmptyState variant="light" size="lg">
        <MantineEmptyState.Indicator aria-hidden>{icon}</MantineEmptyState.Indicator>
        <MantineEmptyState.Title order={headingLevel}>{title}</MantineEmptyState.Title>
        {description ? <MantineEmptyState.Description maw={480}>{description}</MantineEmptyState.Description> : null}
        {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
      </MantineEmptyState>
    </Paper>
  );
}
