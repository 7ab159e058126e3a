import { Button, Checkbox, Menu, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { INBOX_COLUMNS, type InboxColumn } from '@shared/schemas/inbox';

/** Which columns show; the patient column always does (it holds the link to the inquiry). */
export function ColumnPicker({ visible, onChange }: { visible: readonly InboxColumn[]; onChange: (columns: InboxColumn[]) => void }) {
  const { t } = useTranslation();
  const toggle = (column: InboxColumn, on: boolean) =>
    onChange(INBOX_COLUMNS.filter((c) => c === 'patient' || (c === column ? on : visible.includes(c))));
  return (
    <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('inbox.columnsMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown p="sm">
        <Menu.Label>{t('inbox.columnsTitle')}</Menu.Label>
        <Stack gap={8} px={4}>
          {INBOX_COLUMNS.map((c) => (
            <Checkbox
              key={c}
              label={t(`inbox.columns.${c}`)}
              checked={c === 'patient' || visible.includes(c)}
              disabled={c === 'patient'}
              onChange={(e) => toggle(c, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
