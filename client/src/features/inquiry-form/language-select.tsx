import { NativeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '@client/features/study/study-format';

// Languages families most often ask for; the study centers' own languages are added to them.
const commonLanguages = [
  'ar', 'am', 'bn', 'ca', 'de', 'el', 'en', 'es', 'fa', 'fr', 'ha', 'he', 'hi', 'it', 'ku', 'nl', 'pl', 'ps', 'pt',
  'ro', 'ru', 'so', 'sq', 'sw', 'ti', 'tr', 'uk', 'ur', 'vi', 'yo', 'zgh', 'zh',
];

export interface LanguageSelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  /** Languages spoken at the study's centers, offered first. */
  siteLanguages: string[];
  error?: string;
}

/** "Other language": none by default; the page's own language is not offered. */
export function LanguageSelect({ id, value, onChange, siteLanguages, error }: LanguageSelectProps) {
  const { t, i18n } = useTranslation();
  const page = i18n.language;
  const groups = useMemo(() => {
    const collator = new Intl.Collator(page);
    const named = (codes: string[]) =>
      [...new Set(codes)]
        .filter((code) => code !== page)
        .map((code) => ({ code, name: languageName(code, page) }))
        .sort((a, b) => collator.compare(a.name, b.name));
    const atSites = named(siteLanguages);
    const others = named(commonLanguages.filter((code) => !siteLanguages.includes(code)));
    return { atSites, others };
  }, [page, siteLanguages]);

  return (
    <NativeSelect
      id={id}
      size="md"
      label={t('inquiry.otherLanguage')}
      description={t('inquiry.otherLanguageHint')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    >
      <option value="">{t('inquiry.noOtherLanguage')}</option>
      {groups.atSites.length > 0 ? (
        <optgroup label={t('inquiry.languagesAtCenters')}>
          {groups.atSites.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      <optgroup label={t('inquiry.otherLanguages')}>
        {groups.others.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </optgroup>
    </NativeSelect>
  );
}
