// Reads a tRPC subscription over server-sent events as a browser's EventSource would, with the
// session cookie, so tests see the real wire format (event, data, id).
import { expect } from "vitest";

export type SseMessage = { event: string; data: unknown; id?: string };

export type SseStream = {
  status: number;
  messages: SseMessage[];
  /** Data messages only (the events the procedure yielded), unwrapped from superjson. */
  events(): unknown[];
  ended(): boolean;
  waitFor(predicate: (m: SseMessage) => boolean, what?: string): Promise<SseMessage>;
  close(): void;
};

function parseBlock(block: string): SseMessage | null {
  let event = "message";
  let data = "";
  let id: string | undefined;
  for (const line of block.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice(7);
    else if (line.startsWith("data: ")) data += line.slice(6);
    else if (line.startsWith("id: ")) id = line.slice(4);
  }
  if (!data && event === "message") return null;
  let parsed: unknown = data;
  try {
    parsed = data ? JSON.parse(data) : "";
  } catch {
    // non-JSON data stays text
  }
  return { event, data: parsed, id };
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal });
  const messages: SseMessage[] = [];
  let done = false;
  if (res.ok && res.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = "";
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const message = parseBlock(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
            if (message) messages.push(message);
          }
        }
      } catch {
        // aborted by close()
      } finally {
        done = true;
      }
    })();
  } else {
    done = true;
  }
  return {
    status: res.status,
    messages,
    events: () => messages.filter((m) => m.event === "message").map((m) => (m.data as { json: unknown }).json),
    ended: () => done,
    async waitFor(predicate, what = "an SSE message") {
      let found: SseMessage | undefined;
      await expect.poll(() => (found = messages.find(predicate)), { timeout: 10_000, message: `waiting for ${what}` }).toBeDefined();
      return found!;
    },
    close: () => abort.abort(),
  };
}

export function inquiryEventsUrl(base: string, input?: Record<string, unknown>): string {
  const query = input ? `?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : "";
  return `${base}/trpc/live.inquiryEvents${query}`;
}
