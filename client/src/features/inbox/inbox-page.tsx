import { Alert, Button, Skeleton, Stack } from '@mantine/core';
import { IconInbox, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getCoreRowModel, useReactTable, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { errorMessage } from '@client/lib/error-message';
import { notifyError } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { LiveInboxNotice } from '@client/features/live/live-inbox-notice';
import { DEFAULT_INBOX_COLUMNS, INBOX_COLUMNS, type InboxColumn, type InboxSortField } from '@shared/schemas/inbox';
import { ActiveFilters } from './active-filters';
import { BulkAssignModal } from './bulk-assign-modal';
import { BulkBar } from './bulk-bar';
import { BulkEmailModal } from './bulk-email-modal';
import { BulkStatusModal } from './bulk-status-modal';
import { ExportStatus } from './export-status';
import { InboxCards } from './inbox-cards';
import { inboxColumns } from './inbox-columns';
import { FiltersDrawer } from './inbox-filters-drawer';
import { InboxPager } from './inbox-pager';
import { InboxTable } from './inbox-table';
import { InboxToolbar } from './inbox-toolbar';
import { InboxViews } from './inbox-views';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useCsvExport } from './use-csv-export';
import { useInboxKeyboard } from './use-inbox-keyboard';
import { useInboxState } from './use-inbox-state';

type Dialog = null | 'status' | 'assign' | 'email' | 'help' | 'filters';

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { state, update, query } = useInboxState();
  const list = useQuery({ ...trpc.inbox.list.queryOptions(query), placeholderData: keepPreviousData });
  const views = useQuery(trpc.inbox.views.queryOptions());
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);

  // Columns: a saved view's own choice while it is applied, else the user's remembered choice.
  const [viewColumns, setViewColumns] = useState<InboxColumn[] | null>(null);
  const [chosen, setChosen] = useState<InboxColumn[] | null>(null);
  const visible = viewColumns ?? chosen ?? views.data?.columns ?? DEFAULT_INBOX_COLUMNS;
  const saveColumns = useMutation(trpc.inbox.setColumns.mutationOptions({ onError: (e) => notifyError(e) }));

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [activeIndex, setActiveIndex] = useState(-1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const csv = useCsvExport();
  // Phones get cards: ten columns do not fit 360 px, and a sideways-scrolling table hides most of them.
  const phone = useMediaQuery('(max-width: 48em)');

  // A new page or filter is a new list: nothing stays selected that the user cannot see.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    setRowSelection({});
    setActiveIndex(-1);
  }, [queryKey]);

  const columns = useMemo(() => inboxColumns(t, i18n.language), [t, i18n.language]);
  const sorting: SortingState = [{ id: state.sort.field, desc: state.sort.dir === 'desc' }];
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: {
      sorting,
      rowSelection,
      columnVisibility: Object.fromEntries(INBOX_COLUMNS.map((c) => [c, c === 'patient' || visible.includes(c)])),
    },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first) update({ sort: { field: first.id as InboxSortField, dir: first.desc ? 'desc' : 'asc' } });
    },
  });

  const selected = rows.filter((r) => rowSelection[r.id]);
  // Keyboard actions work on the selection, or on the active row when nothing is selected.
  const targets = selected.length > 0 ? selected : activeIndex >= 0 && rows[activeIndex] ? [rows[activeIndex]] : [];
  const openBulk = (which: 'status' | 'assign' | 'email') => targets.length > 0 && setDialog(which);
  const bulkDone = () => {
    setDialog(null);
    setRowSelection({});
    void queryClient.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() });
  };

  useInboxKeyboard(
    {
      rowCount: rows.length,
      activeIndex,
      setActiveIndex,
      open: (i) => rows[i] && navigate(`/dashboard/inquiries/${rows[i].id}`),
      toggleSelect: (i) => table.getRowModel().rows[i]?.toggleSelected(),
      changeStatus: () => openBulk('status'),
      assign: () => openBulk('assign'),
      help: () => setDialog('help'),
      focusSearch: () => searchRef.current?.focus(),
    },
    containerRef,
    dialog === null,
  );

  const { q = '', ...withoutSearch } = state.filters;
  const filterCount = Object.keys(withoutSearch).length;
  const data = list.data;

  return (
    <>
      <PageHeader title={t('dashboard.pages.inbox.title')} description={t('dashboard.pages.inbox.description')} />
      <Stack gap="md">
        <InboxViews
          active={state.view}
          filters={state.filters}
          sort={state.sort}
          columns={[...visible]}
          onApply={(choice) => {
            setViewColumns(choice.columns && choice.columns.length > 0 ? choice.columns : null);
            update({ filters: choice.filters, sort: choice.sort, view: choice.view });
          }}
        />
        <InboxToolbar
          q={q}
          onSearch={(term) => update({ filters: { ...state.filters, q: term || undefined } }, { replace: true })}
          filterCount={filterCount}
          onOpenFilters={() => setDialog('filters')}
          columns={visible}
          onColumns={(next) => {
            setViewColumns(null);
            setChosen(next);
            saveColumns.mutate({ columns: next });
          }}
          onExport={() => void csv.start(query.filters, query.sort)}
          exporting={csv.progress.status === 'running'}
          onHelp={() => setDialog('help')}
          searchRef={searchRef}
        />
        <LiveInboxNotice onShow={() => update({ page: 1, sort: { field: 'received', dir: 'desc' } })} />
        <ActiveFilters filters={state.filters} onChange={(filters) => update({ filters })} />
        <ExportStatus progress={csv.progress} onCancel={csv.cancel} onDismiss={csv.reset} />
        <BulkBar count={selected.length} onStatus={() => openBulk('status')} onAssign={() => openBulk('assign')} onEmail={() => openBulk('email')} onClear={() => setRowSelection({})} />
        {list.isError ? (
          <Alert color="red" title={t('inbox.errorTitle')}>
            {errorMessage(list.error)}
          </Alert>
        ) : !data ? (
          <Stack gap={6} aria-busy="true" aria-label={t('common.loading')}>
            {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} h={44} radius="sm" />)}
          </Stack>
        ) : data.rows.length === 0 ? (
          filterCount > 0 || q ? (
            <EmptyState
              icon={<IconSearch size={32} />}
              title={t('inbox.noMatchesTitle')}
              description={t('inbox.noMatchesText')}
              action={<Button variant="light" onClick={() => update({ filters: {}, view: null })}>{t('inbox.filters.clear')}</Button>}
            />
          ) : (
            <EmptyState icon={<IconInbox size={32} />} title={t('inbox.emptyTitle')} description={t('inbox.emptyText')} />
          )
        ) : (
          <>
            {phone ? (
              <InboxCards table={table} sort={state.sort} onSort={(sort) => update({ sort })} activeIndex={activeIndex} onActivate={setActiveIndex} containerRef={containerRef} />
            ) : (
              <InboxTable table={table} activeIndex={activeIndex} onActivate={setActiveIndex} busy={list.isFetching} containerRef={containerRef} />
            )}
            <InboxPager
              page={data.page}
              perPage={data.perPage}
              total={data.total}
              totalCapped={data.totalCapped}
              shown={data.rows.length}
              onPage={(page) => update({ page })}
              onPerPage={(perPage) => update({ perPage })}
            />
          </>
        )}
      </Stack>
      <FiltersDrawer opened={dialog === 'filters'} onClose={() => setDialog(null)} filters={state.filters} onChange={(filters) => update({ filters }, { replace: true })} />
      <ShortcutsDialog opened={dialog === 'help'} onClose={() => setDialog(null)} />
      <BulkStatusModal opened={dialog === 'status'} onClose={() => setDialog(null)} rows={targets} onDone={bulkDone} />
      <BulkAssignModal opened={dialog === 'assign'} onClose={() => setDialog(null)} rows={targets} onDone={bulkDone} />
      <BulkEmailModal opened={dialog === 'email'} onClose={() => setDialog(null)} rows={targets} onDone={bulkDone} />
    </>
  );
}
