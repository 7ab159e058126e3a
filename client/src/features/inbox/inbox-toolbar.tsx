import { ActionIcon, Badge, Button, CloseButton, Group, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDownload, IconFilter, IconKeyboard, IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxColumn } from '@shared/schemas/inbox';
import { ColumnPicker } from './column-picker';

export interface InboxToolbarProps {
  q: string;
  onSearch: (q: string) => void;
  filterCount: number;
  onOpenFilters: () => void;
  columns: readonly InboxColumn[];
  onColumns: (columns: InboxColumn[]) => void;
  onExport: () => void;
  exporting: boolean;
  onHelp: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function InboxToolbar(props: InboxToolbarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.q);
  // The URL (back, views, clear) may change the term: follow it.
  useEffect(() => setText(props.q), [props.q]);
  const search = useDebouncedCallback((value: string) => props.onSearch(value.trim()), 350);

  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <TextInput
        ref={props.searchRef}
        type="search"
        label={t('inbox.search.label')}
        placeholder={t('inbox.search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        maxLength={100}
        onChange={(e) => {
          setText(e.currentTarget.value);
          search(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onSearch(text.trim());
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
        rightSection={text ? <CloseButton size="sm" aria-label={t('inbox.search.clear')} onClick={() => { setText(''); props.onSearch(''); }} /> : null}
        style={{ flex: '1 1 16rem', minWidth: 0 }}
      />
      <Group gap="sm" wrap="wrap">
        <Button
          variant="default"
          leftSection={<IconFilter size={16} aria-hidden />}
          rightSection={props.filterCount > 0 ? <Badge size="sm" circle>{props.filterCount}</Badge> : null}
          onClick={props.onOpenFilters}
          aria-label={props.filterCount > 0 ? t('inbox.filters.buttonCount', { count: props.filterCount }) : undefined}
        >
          {t('inbox.filters.button')}
        </Button>
        <ColumnPicker visible={props.columns} onChange={props.onColumns} />
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={props.onExport} loading={props.exporting}>
          {t('inbox.export.button')}
        </Button>
        <Tooltip label={t('inbox.keys.open')} withArrow>
          <ActionIcon variant="default" size="lg" onClick={props.onHelp} aria-label={t('inbox.keys.open')}>
            <IconKeyboard size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
