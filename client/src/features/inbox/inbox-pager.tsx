import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INBOX_COUNT_CAP, PER_PAGE_OPTIONS } from '@shared/schemas/inbox';
import { formatCount } from './inbox-format';

export interface InboxPagerProps {
  page: number;
  perPage: number;
  total: number;
  totalCapped: boolean;
  shown: number;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}

export function InboxPager({ page, perPage, total, totalCapped, shown, onPage, onPerPage }: InboxPagerProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatCount(v, i18n.language);
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = (page - 1) * perPage + shown;
  const pages = Math.max(1, Math.ceil(Math.min(total, INBOX_COUNT_CAP) / perPage));
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {totalCapped
            ? t('inbox.paging.rangeCapped', { from: n(from), to: n(to), total: n(INBOX_COUNT_CAP) })
            : t('inbox.paging.range', { from: n(from), to: n(to), total: n(total) })}
        </Text>
        <Select
          aria-label={t('inbox.paging.perPage')}
          data={PER_PAGE_OPTIONS.map((v) => ({ value: String(v), label: t('inbox.paging.perPageOption', { count: v }) }))}
          value={String(perPage)}
          onChange={(v) => v && onPerPage(Number(v))}
          allowDeselect={false}
          w={150}
          size="xs"
        />
      </Group>
      {pages > 1 ? (
        <Pagination total={pages} value={page} onChange={onPage} size="sm" siblings={1} boundaries={1} aria-label={t('inbox.paging.label')} getControlProps={(control) => ({ 'aria-label': t(`inbox.paging.${control}`) })} />
      ) : null}
    </Group>
  );
}
