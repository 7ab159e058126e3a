import { Alert, Anchor, Button, Group, Loader, Paper, Select, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconExternalLink } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { STUDY_STATUSES, type UpdateStudyInput } from '@shared/schemas/studies';
import { PageHeader } from '@client/components/ui/page-header';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { describeError, errorMessage } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC, type RouterOutputs } from '@client/lib/trpc';
import { StudyFaqsEditor } from './study-faqs-editor';
import { StudySitesEditor } from './study-sites-editor';

type Study = RouterOutputs['studies']['get'];
type Draft = Omit<UpdateStudyInput, 'acronym' | 'centralQueueEmail'> & { acronym: string; centralQueueEmail: string };

const toDraft = (s: Study): Draft => ({
  id: s.id,
  title: s.title,
  acronym: s.acronym ?? '',
  overallStatus: s.overallStatus,
  published: s.published,
  briefSummary: s.briefSummary,
  centralQueueEmail: s.centralQueueEmail ?? '',
  faqs: s.faqs,
  sites: s.sites.map((l) => ({ siteId: l.siteId, recruitmentStatus: l.recruitmentStatus, acceptingInquiries: l.acceptingInquiries })),
});

export function StudyEditPage() {
  return (
    <AdminOnly>
      <StudyEdit />
    </AdminOnly>
  );
}

function StudyEdit() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const query = useQuery(trpc.studies.get.queryOptions({ id }));
  if (query.isError) return <Alert color="red" mt="md">{errorMessage(query.error)}</Alert>;
  if (!query.data) {
    return (
      <Group justify="center" py="xl" role="status">
        <Loader aria-hidden />
        <Text c="dimmed">{t('common.loading')}</Text>
      </Group>
    );
  }
  return <StudyForm key={query.data.updatedAt.toString()} study={query.data} />;
}

function StudyForm({ study }: { study: Study }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(study));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation(
    trpc.studies.update.mutationOptions({
      onSuccess: (saved) => {
        setErrors({});
        notifySuccess(t('studiesAdmin.saved'));
        queryClient.setQueryData(trpc.studies.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.studies.adminList.queryKey() });
      },
      onError: (error) => {
        setErrors(describeError(error).fieldErrors);
        notifyError(error);
      },
    }),
  );
  const Back = i18n.dir() === 'rtl' ? IconArrowRight : IconArrowLeft;

  return (
    <>
      <Anchor component={Link} to="/dashboard/studies" size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <Back size={16} aria-hidden />
        {t('studiesAdmin.back')}
      </Anchor>
      <PageHeader
        title={study.acronym ? `${study.acronym}: ${study.title}` : study.title}
        description={
          <Group gap="xs" component="span">
            <span dir="ltr" style={{ unicodeBidi: 'isolate' }}>{study.nctId}</span>
            <Anchor href={`/studies/${study.nctId}`} target="_blank" size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
              {t('studiesAdmin.viewPublic')}
              <IconExternalLink size={14} aria-hidden />
            </Anchor>
          </Group>
        }
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(draft);
        }}
        noValidate
      >
        <Stack gap="lg" maw={900}>
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="study-fields">
            <Title order={2} size="h4" id="study-fields" mb="md">
              {t('studiesAdmin.sections.study')}
            </Title>
            <Stack gap="md">
              <TextInput label={t('studiesAdmin.fields.title')} dir="auto" required value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
              <Group grow align="flex-start" wrap="wrap">
                <TextInput label={t('studiesAdmin.fields.acronym')} dir="auto" value={draft.acronym} onChange={(e) => set('acronym', e.currentTarget.value)} error={errors.acronym} miw={180} />
                <Select
                  label={t('studiesAdmin.fields.overallStatus')}
                  data={STUDY_STATUSES.map((s) => ({ value: s, label: t(`status.study.${s}`) }))}
                  value={draft.overallStatus}
                  onChange={(v) => v && set('overallStatus', v as Draft['overallStatus'])}
                  allowDeselect={false}
                  miw={180}
                />
              </Group>
              <Switch
                label={t('studiesAdmin.fields.published')}
                description={t('studiesAdmin.fields.publishedHelp')}
                checked={draft.published}
                onChange={(e) => set('published', e.currentTarget.checked)}
              />
              <Textarea
                label={t('studiesAdmin.fields.briefSummary')}
                dir="auto"
                value={draft.briefSummary}
                onChange={(e) => set('briefSummary', e.currentTarget.value)}
                error={errors.briefSummary}
                autosize
                minRows={4}
                maxRows={14}
              />
              <TextInput
                label={t('studiesAdmin.fields.centralQueueEmail')}
                description={t('studiesAdmin.fields.centralQueueEmailHelp')}
                type="email"
                dir="ltr"
                value={draft.centralQueueEmail}
                onChange={(e) => set('centralQueueEmail', e.currentTarget.value)}
                error={errors.centralQueueEmail}
              />
            </Stack>
          </Paper>
          <StudyFaqsEditor faqs={draft.faqs} onChange={(faqs) => set('faqs', faqs)} errors={errors} />
          <StudySitesEditor sites={study.sites} value={draft.sites} onChange={(sites) => set('sites', sites)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDraft(toDraft(study))} disabled={save.isPending}>
              {t('studiesAdmin.reset')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('studiesAdmin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
