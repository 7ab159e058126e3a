import { useCallback, useRef, useState } from 'react';
import type { InboxFilters, InboxSort } from '@shared/schemas/inbox';

export type ExportProgress = { status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled'; rows: number; total: number | null };

/**
 * Counts CSV records as bytes arrive: a line break ends a record only outside quotes (cells may
 * hold line breaks). Keeps its quote state between chunks.
 */
export function createRecordCounter() {
  let quoted = false;
  return (chunk: string): number => {
    let records = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) records++;
    }
    return records;
  };
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the current filter as CSV. The filters go in a POST body (a search term may be a
 * patient's name: never in a URL); the server streams, and rows are counted against the total it
 * sends in X-Total-Count to show progress.
 */
export function useCsvExport() {
  const [progress, setProgress] = useState<ExportProgress>({ status: 'idle', rows: 0, total: null });
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(async (filters: InboxFilters, sort: InboxSort) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ status: 'running', rows: 0, total: null });
    try {
      const res = await fetch('/api/exports/inquiries.csv', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/csv' },
        credentials: 'same-origin',
        body: JSON.stringify({ filters, sort }),
        signal: controller.signal,
      });
      if (!res.ok || !res.body) throw new Error(`export ${res.status}`);
      const total = Number.parseInt(res.headers.get('x-total-count') ?? '', 10);
      const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'inquiries.csv';
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      const count = createRecordCounter();
      const parts: BlobPart[] = [];
      let records = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        records += count(decoder.decode(value, { stream: true }));
        // The first record is the header line.
        setProgress({ status: 'running', rows: Math.max(0, records - 1), total: Number.isNaN(total) ? null : total });
      }
      download(new Blob(parts, { type: 'text/csv;charset=utf-8' }), filename);
      setProgress({ status: 'done', rows: Math.max(0, records - 1), total: Number.isNaN(total) ? null : total });
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      setProgress((p) => ({ ...p, status: cancelled ? 'cancelled' : 'failed' }));
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => setProgress({ status: 'idle', rows: 0, total: null }), []);
  return { progress, start, cancel, reset };
}
