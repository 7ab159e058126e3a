import { Drawer, MantineProvider, Modal, mergeThemeOverrides, type MantineThemeOverride } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from '@client/theme';

/**
 * Mantine with the app's theme plus defaults that need words: every dialog's and drawer's close
 * button gets a name in the page language (Mantine's has none, which screen readers announce
 * as a bare "button").
 */
export function LocalizedMantineProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const localized = useMemo<MantineThemeOverride>(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
          Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}
