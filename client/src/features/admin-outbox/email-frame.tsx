import { Box } from '@mantine/core';

export interface EmailFrameProps {
  html: string;
  title: string;
  /** CSS width of the frame; the message's own layout adapts below 620 px. */
  width?: number | string;
  height?: number;
}

/**
 * A message's HTML as its recipient's mail program shows it. `sandbox=""` gives the document no
 * scripts, forms, navigation or same-origin access, so nothing in a message can act on the app.
 */
export function EmailFrame({ html, title, width = '100%', height = 640 }: EmailFrameProps) {
  return (
    <Box bg="#f2f4f7" style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)', overflow: 'hidden' }}>
      <iframe
        sandbox=""
        srcDoc={html}
        title={title}
        style={{ display: 'block', width, maxWidth: '100%', height, border: 0, margin: '0 auto', background: '#f2f4f7' }}
      />
    </Box>
  );
}
