import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changeLanguage } from '@client/i18n/i18n';
import { languages } from '@client/i18n/languages';

export interface LanguageSwitcherProps {
  /** Show the "Language" label next to the select, not only to assistive technology. */
  withVisibleLabel?: boolean;
}

export function LanguageSwitcher({ withVisibleLabel = false }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const id = useId();

  const onChange = (code: string) => {
    void changeLanguage(code).then(() => {
      // Keep a shared `?lang=` link in step, or a reload would switch back.
      if (searchParams.has('lang')) {
        setSearchParams(
          (params) => {
            params.set('lang', code);
            return params;
          },
          { replace: true, preventScrollReset: true },
        );
      }
    });
  };

  return (
    <NativeSelect
      id={id}
      size="sm"
      label={withVisibleLabel ? t('language.label') : undefined}
      aria-label={withVisibleLabel ? undefined : t('language.label')}
      value={i18n.language}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<IconLanguage size={16} aria-hidden />}
      w={{ base: 140, sm: 150 }}
    >
      {languages.map((language) => (
        <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
          {language.nativeName}
        </option>
      ))}
    </NativeSelect>
  );
}
