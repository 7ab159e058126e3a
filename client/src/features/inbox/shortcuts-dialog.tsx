import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './use-inbox-keyboard';

export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.keys.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('inbox.keys.intro')}
      </Text>
      <Table verticalSpacing={6} aria-label={t('inbox.keys.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('inbox.keys.key')}</Table.Th>
            <Table.Th scope="col">{t('inbox.keys.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.action}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? <Text span size="xs" c="dimmed" me={6}>{t('inbox.keys.or')}</Text> : null}
                      <Kbd dir="ltr">{k}</Kbd>
                    </span>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`inbox.keys.actions.${s.action}`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
