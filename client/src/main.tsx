import './styles/mantine-core.css';
import './styles/global.css';
import { DirectionProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n, initI18n } from '@client/i18n/i18n';
import { languageDirection } from '@client/i18n/languages';
import { router } from '@client/router';
import { LocalizedMantineProvider } from '@client/components/localized-mantine-provider';

async function start() {
  // The catalogue for the chosen language loads before the first paint: no flash of English.
  await initI18n();
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('#root element missing from index.html');
  createRoot(rootElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DirectionProvider initialDirection={languageDirection(i18n.language)} detectDirection={false}>
          <LocalizedMantineProvider>
            <RouterProvider router={router} />
          </LocalizedMantineProvider>
        </DirectionProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
