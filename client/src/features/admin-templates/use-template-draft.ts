import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTRPC, type RouterOutputs } from '@client/lib/trpc';

export type TemplateContent = { subject: string; html: string; text: string };
export type PreviewResult = RouterOutputs['templates']['preview'];

const same = (a: TemplateContent, b: TemplateContent) => a.subject === b.subject && a.html === b.html && a.text === b.text;

/**
 * The editor's state for one template and language: the draft, whether it differs from the
 * version in force, and the server's preview of it (refreshed shortly after typing stops, and
 * only the answer to the latest draft is kept).
 */
export function useTemplateDraft(key: string, locale: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.templates.get.queryOptions({ key, locale }));
  const source = query.data?.current ?? query.data?.fallback ?? null;
  const [draft, setDraft] = useState<TemplateContent | null>(null);
  const loadedFor = useRef<string | null>(null);

  // A new key or language, or a newly saved version: start again from what is in force.
  const sourceId = query.data ? `${key}|${locale}|${query.data.current?.version ?? 0}` : null;
  useEffect(() => {
    if (sourceId && source && loadedFor.current !== sourceId) {
      loadedFor.current = sourceId;
      setDraft({ subject: source.subject, html: source.html, text: source.text });
    }
  }, [sourceId, source]);

  const original = useMemo(() => (source ? { subject: source.subject, html: source.html, text: source.text } : null), [source]);
  const dirty = Boolean(draft && original && !same(draft, original));
  const isNew = Boolean(query.data && !query.data.current);

  const [debounced] = useDebouncedValue(draft, 350);
  const preview = useMutation(trpc.templates.preview.mutationOptions());
  const [result, setResult] = useState<PreviewResult | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (!debounced) return;
    const request = ++latest.current;
    preview.mutate(
      { key, locale, ...debounced },
      { onSuccess: (data) => (request === latest.current ? setResult(data) : undefined) },
    );
    // Re-run only when the draft settles (preview.mutate is stable).
  }, [debounced, key, locale]);

  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.templates.get.queryKey({ key, locale }) }),
      queryClient.invalidateQueries({ queryKey: trpc.templates.list.queryKey() }),
    ]);
  const save = useMutation(trpc.templates.save.mutationOptions({ onSuccess: invalidate }));
  const sendTest = useMutation(trpc.templates.sendTest.mutationOptions());

  return {
    query,
    draft,
    setDraft,
    original,
    dirty,
    isNew,
    baseVersion: query.data?.current?.version ?? 0,
    preview: result,
    previewPending: preview.isPending || debounced !== draft,
    save,
    sendTest,
    reset: () => original && setDraft(original),
  };
}
