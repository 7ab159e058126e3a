import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPlus, IconWorldWww } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { ConfirmModal } from '@client/features/admin-users/confirm-modal';
import { describeError, errorMessage } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { PartnerCard, type PartnerAction, type PartnerRow } from './partner-card';
import { CreatePartnerModal, EditOriginsModal } from './partner-modals';

export function PartnersPage() {
  return (
    <AdminOnly>
      <Partners />
    </AdminOnly>
  );
}

function Partners() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.partners.list.queryOptions());
  const [adding, setAdding] = useState(false);
  const [createErrors, setCreateErrors] = useState<Record<string, string>>({});
  const [open, setOpen] = useState<{ action: PartnerAction; partner: PartnerRow } | null>(null);
  const done = (message: string) => {
    notifySuccess(message);
    setOpen(null);
    void queryClient.invalidateQueries({ queryKey: trpc.partners.list.queryKey() });
  };
  const create = useMutation(
    trpc.partners.create.mutationOptions({
      onSuccess: (p) => {
        setAdding(false);
        done(t('partners.created', { name: p.name }));
      },
      onError: (error) => {
        const { fieldErrors } = describeError(error);
        setCreateErrors(fieldErrors);
        notifyError(error);
      },
    }),
  );
  const update = useMutation(trpc.partners.updateOrigins.mutationOptions({ onSuccess: () => done(t('partners.saved')), onError: (e) => notifyError(e) }));
  const rotate = useMutation(trpc.partners.rotateKey.mutationOptions({ onSuccess: (p) => done(t('partners.rotated', { name: p.name })), onError: (e) => notifyError(e) }));
  const deactivate = useMutation(trpc.partners.deactivate.mutationOptions({ onSuccess: (p) => done(t('partners.deactivated', { name: p.name })), onError: (e) => notifyError(e) }));

  return (
    <>
      <PageHeader
        title={t('partners.title')}
        description={t('partners.description')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('partners.add')}
          </Button>
        }
      />
      {list.isError ? (
        <Alert color="red">{errorMessage(list.error)}</Alert>
      ) : !list.data ? (
        <Group justify="center" py="xl" role="status">
          <Loader aria-hidden />
          <Text c="dimmed">{t('common.loading')}</Text>
        </Group>
      ) : list.data.length === 0 ? (
        <EmptyState icon={<IconWorldWww size={28} />} title={t('partners.empty')} description={t('partners.emptyText')} />
      ) : (
        <Stack gap="md" maw={860} component="section" aria-label={t('partners.listLabel')}>
          {list.data.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} onAction={(action) => setOpen({ action, partner })} />
          ))}
        </Stack>
      )}
      {adding ? (
        <CreatePartnerModal loading={create.isPending} serverErrors={createErrors} onCreate={(input) => create.mutate(input)} onClose={() => setAdding(false)} />
      ) : null}
      {open?.action === 'editOrigins' ? (
        <EditOriginsModal
          name={open.partner.name}
          current={open.partner.allowedOrigins}
          loading={update.isPending}
          onSave={(allowedOrigins) => update.mutate({ id: open.partner.id, allowedOrigins })}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.action === 'rotate' || open?.action === 'deactivate' ? (
        <ConfirmModal
          title={t(open.action === 'rotate' ? 'partners.rotateTitle' : 'partners.deactivateTitle', { name: open.partner.name })}
          text={t(open.action === 'rotate' ? 'partners.rotateText' : 'partners.deactivateText')}
          confirmLabel={t(open.action === 'rotate' ? 'partners.rotate' : 'partners.deactivate')}
          loading={rotate.isPending || deactivate.isPending}
          onConfirm={() => (open.action === 'rotate' ? rotate : deactivate).mutate({ id: open.partner.id })}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
