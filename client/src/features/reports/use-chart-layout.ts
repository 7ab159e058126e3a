import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { languageDirection } from '@client/i18n/languages';

/**
 * Axis settings for the horizontal bar charts: category labels at the inline start (right in
 * Arabic, bars growing leftwards), narrower on phones so the bars keep room.
 */
export function useChartLayout() {
  const { i18n } = useTranslation();
  const rtl = languageDirection(i18n.language) === 'rtl';
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const categoryWidth = narrow ? 96 : 160;
  return {
    labelMax: narrow ? 14 : 26,
    xAxisProps: { reversed: rtl, tick: { fontSize: 12 } },
    yAxisProps: { width: categoryWidth, orientation: rtl ? ('right' as const) : ('left' as const), tick: { fontSize: 12 } },
  };
}
