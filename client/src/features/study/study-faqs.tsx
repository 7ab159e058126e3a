import { Accordion, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudyDetail } from '@client/lib/public-api';
import { Section } from './study-sections';

// The general questions of the seed page ("Learn more about clinical trials"), translated in the
// catalogues; a study's own questions are shown as written.
const generalQuestions: Record<string, string> = {
  'What is a clinical trial?': 'what',
  'Why should I take part in a clinical trial?': 'why',
  'How long does a clinical trial take place?': 'howLong',
  'Do I get compensated for taking part in clinical trials?': 'compensation',
  'How safe are clinical trials?': 'safety',
};

type GeneralKey = 'what' | 'why' | 'howLong' | 'compensation' | 'safety';

export function StudyFaqs({ faqs }: { faqs: StudyDetail['faqs'] }) {
  const { t } = useTranslation();
  const items = (faqs.length > 0 ? faqs : Object.keys(generalQuestions).map((question) => ({ question, answer: '' })))
    .map((faq) => {
      const key = generalQuestions[faq.question.trim()] as GeneralKey | undefined;
      return key
        ? { question: t(`faq.${key}.question`), answer: t(`faq.${key}.answer`), lang: undefined }
        : { question: faq.question, answer: faq.answer, lang: 'en' };
    });

  return (
    <Section id="faqs" title={t('faq.title')}>
      <Text c="dimmed" mb="sm">
        {t('faq.subtitle')}
      </Text>
      <Accordion variant="separated" radius="md" chevronPosition="right" order={3}>
        {items.map((item, index) => (
          <Accordion.Item key={index} value={String(index)} lang={item.lang}>
            <Accordion.Control>{item.question}</Accordion.Control>
            <Accordion.Panel>{item.answer}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Section>
  );
}
