import { Badge, Group, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { variableDescription } from './template-labels';

export interface TemplateVariable {
  name: string;
  required: boolean;
  inSubject: boolean;
  description: string;
  sample: string;
}

/** The placeholders this message may use; selecting one inserts it in the field being edited. */
export function VariablesPanel({ variables, onInsert }: { variables: TemplateVariable[]; onInsert: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="md">
      <Title order={2} size="h5">
        {t('templates.editor.variables')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('templates.editor.variablesHint')}
      </Text>
      <Stack gap={8}>
        {variables.map((v) => (
          <Group key={v.name} gap="xs" wrap="nowrap" align="flex-start">
            <Tooltip label={t('templates.editor.example', { value: v.sample || '—' })} withArrow multiline maw={320}>
              <UnstyledButton
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onInsert(v.name)}
                aria-label={t('templates.editor.insert', { placeholder: `{{${v.name}}}` })}
                dir="ltr"
                px={8}
                py={2}
                style={{ borderRadius: 6, background: 'var(--mantine-color-brand-0)', color: 'var(--mantine-color-brand-9)', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, whiteSpace: 'nowrap' }}
              >
                {`{{${v.name}}}`}
              </UnstyledButton>
            </Tooltip>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" lh={1.35}>
                {variableDescription(t, v.name, v.description)}
              </Text>
              {v.required || v.inSubject ? (
                <Group gap={4}>
                  {v.required ? (
                    <Badge size="xs" variant="outline" color="brand.8" tt="none">
                      {t('templates.editor.required')}
                    </Badge>
                  ) : null}
                  {v.inSubject ? (
                    <Badge size="xs" variant="outline" color="gray.7" tt="none">
                      {t('templates.editor.subjectAllowed')}
                    </Badge>
                  ) : null}
                </Group>
              ) : null}
            </Stack>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
