import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Faq = { question: string; answer: string };

/** The study's own questions and answers, shown on its public page before the general ones. */
export function StudyFaqsEditor({ faqs, onChange, errors }: { faqs: Faq[]; onChange: (faqs: Faq[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<Faq>) => onChange(faqs.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="study-faqs">
      <Title order={2} size="h4" id="study-faqs" mb={4}>
        {t('studiesAdmin.sections.faqs')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('studiesAdmin.faqs.help')}
      </Text>
      <Stack gap="md">
        {faqs.map((faq, i) => (
          <Paper key={i} withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
                <TextInput
                  label={t('studiesAdmin.faqs.question', { number: i + 1 })}
                  required
                  dir="auto"
                  value={faq.question}
                  onChange={(e) => edit(i, { question: e.currentTarget.value })}
                  error={errors[`faqs.${i}.question`]}
                />
                <Textarea
                  label={t('studiesAdmin.faqs.answer', { number: i + 1 })}
                  required
                  dir="auto"
                  autosize
                  minRows={2}
                  value={faq.answer}
                  onChange={(e) => edit(i, { answer: e.currentTarget.value })}
                  error={errors[`faqs.${i}.answer`]}
                />
              </Stack>
              <ActionIcon variant="subtle" color="red" mt={28} onClick={() => onChange(faqs.filter((_, j) => j !== i))} aria-label={t('studiesAdmin.faqs.remove', { number: i + 1 })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...faqs, { question: '', answer: '' }])} w="fit-content" disabled={faqs.length >= 30}>
          {t('studiesAdmin.faqs.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
