import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm clinical teal. Shade 7 (primary) keeps white text above 6:1 contrast.
const brand: MantineColorsTuple = [
  '#e7f6f4',
  '#c8ebe6',
  '#9ed9d0',
  '#6fc4b8',
  '#46b0a3',
  '#2a9c8f',
  '#138a7e',
  '#0b6e65',
  '#075a53',
  '#034842',
];

const fontStack =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 4 },
  colors: { brand },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

// Mantine's default dimmed and placeholder greys fall below WCAG AA on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});
