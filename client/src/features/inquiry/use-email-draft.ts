import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC, type RouterOutputs } from '@client/lib/trpc';
import { FOLLOW_UP_TEMPLATE_KEYS, type FollowUpTemplateKey } from '@shared/schemas/inquiry-actions';

export type EmailPreview = RouterOutputs['inquiries']['previewEmail'];

/**
 * The e-mail being written: template, typed values, and the coordinator's own subject and text.
 * The server renders every change (debounced) so the preview is the message as it will be sent.
 * Until the coordinator edits them, subject and text follow the template.
 */
export function useEmailDraft(inquiryId: string) {
  const trpc = useTRPC();
  const [templateKey, setTemplateKey] = useState<FollowUpTemplateKey>(FOLLOW_UP_TEMPLATE_KEYS[0]);
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [subject, setSubjectValue] = useState('');
  const [text, setTextValue] = useState('');
  const [edited, setEditedState] = useState(false);
  // Read when a preview answers: an answer to an older draft must not overwrite what was typed since.
  const editedRef = useRef(false);
  const setEdited = (value: boolean) => {
    editedRef.current = value;
    setEditedState(value);
  };
  const [preview, setPreview] = useState<EmailPreview | null>(null);
  // One key per message being written: a second click on "Send" is the same send.
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());

  const draft = { id: inquiryId, templateKey, inputs, ...(edited ? { subject, text } : {}) };
  const [debounced] = useDebouncedValue(JSON.stringify(draft), 400);
  const render = useMutation(trpc.inquiries.previewEmail.mutationOptions());
  const { mutate } = render;

  useEffect(() => {
    mutate(JSON.parse(debounced) as typeof draft, {
      onSuccess: (result) => {
        setPreview(result);
        if (!editedRef.current) {
          setSubjectValue(result.template.subject);
          setTextValue(result.template.text);
        }
      },
    });
  }, [debounced, mutate]);

  return {
    templateKey,
    setTemplateKey: (key: FollowUpTemplateKey) => {
      setTemplateKey(key);
      setEdited(false);
    },
    inputs,
    setInput: (name: string, value: string) => setInputs((current) => ({ ...current, [name]: value })),
    subject,
    text,
    setSubject: (value: string) => {
      setSubjectValue(value);
      setEdited(true);
    },
    setText: (value: string) => {
      setTextValue(value);
      setEdited(true);
    },
    edited,
    resetToTemplate: () => {
      setEdited(false);
      if (preview) {
        setSubjectValue(preview.template.subject);
        setTextValue(preview.template.text);
      }
    },
    preview,
    previewPending: render.isPending,
    previewError: render.error,
    /** What "Send" sends. */
    sendInput: () => ({ ...draft, idempotencyKey }),
    /** After a send: the next message gets a key of its own. */
    startOver: () => {
      setKey(crypto.randomUUID());
      setEdited(false);
      setInputs({});
    },
  };
}
