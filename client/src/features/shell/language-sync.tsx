import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changeLanguage } from '@client/i18n/i18n';
import { languageDirection } from '@client/i18n/languages';

/**
 * Keeps Mantine's direction in step with the language (the i18n module sets `<html lang dir>`),
 * and applies a `?lang=` that appears during client-side navigation.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('lang');

  useEffect(() => {
    setDirection(languageDirection(i18n.language));
  }, [i18n.language, setDirection]);

  useEffect(() => {
    if (requested) void changeLanguage(requested);
  }, [requested]);

  return null;
}
