import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageName } from './template-labels';

export interface LocaleCoverage {
  locale: string;
  version: number | null;
  outdated: boolean;
}

export type CoverageState = 'current' | 'outdated' | 'missing';

export function coverageState(l: LocaleCoverage): CoverageState {
  if (l.version === null) return 'missing';
  return l.outdated ? 'outdated' : 'current';
}

// Text on every badge keeps AA contrast: dark green on white, dark on yellow, white on dark red.
export const coverageColor: Record<CoverageState, string> = { current: '#1e6b30', outdated: 'yellow.4', missing: 'red.9' };

/** One badge per language: its version, or that it is missing (English is then sent). */
export function LanguageCoverage({ locales, label }: { locales: LocaleCoverage[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} role="list" aria-label={label}>
      {locales.map((l) => {
        const state = coverageState(l);
        const description = t(`templates.coverage.${state}`, { language: languageName(l.locale), version: l.version ?? 0 });
        return (
          <Tooltip key={l.locale} label={description} withArrow>
            <Badge role="listitem" variant={state === 'current' ? 'outline' : 'filled'} autoContrast color={coverageColor[state]} tt="none" size="lg" radius="sm" aria-label={description}>
              {l.locale.toUpperCase()} {l.version !== null ? `v${l.version}` : '—'}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
