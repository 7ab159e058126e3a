import { Outlet, ScrollRestoration } from 'react-router';
import { NavigationProgress } from '@client/components/navigation-progress';
import { LanguageSync } from './language-sync';

export function RootLayout() {
  return (
    <>
      <LanguageSync />
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
