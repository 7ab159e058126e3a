// A real SMTP server inside the test (smtp-server on 127.0.0.1), recording every message it
// accepts, parsed by mailparser. It can go down and come back on the same port, refuse chosen
// recipients with a given reply, and hold messages unanswered (to cut a worker off mid-send).
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

export type ReceivedMail = {
  raw: string;
  /** The raw header block as sent, for checks that must not rely on a parser's forgiveness. */
  rawHeaders: string;
  parsed: ParsedMail;
  messageId: string;
  envelopeTo: string[];
};

type Held = { sessionId: string; finish: () => void };

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Every RCPT TO the server saw, accepted or not. */
  readonly rcptAttempts: string[] = [];
  private readonly rejections = new Map<string, { code: number; text: string }>();
  private server: SMTPServer | null = null;
  private holdAfter = Infinity;
  private accepted = 0;
  private readonly held: Held[] = [];
  private readonly closedSessions = new Set<string>();
  port = 0;

  static async start(port = 0): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await sink.up(port);
    return sink;
  }

  get url(): string {
    return `smtp://tester:secret@127.0.0.1:${this.port}`;
  }

  /** Answers RCPT TO <address> with this SMTP reply (e.g. 550 or 451). */
  reject(address: string, code: number, text = "mailbox unavailable"): void {
    this.rejections.set(address.toLowerCase(), { code, text });
  }

  allow(address: string): void {
    this.rejections.delete(address.toLowerCase());
  }

  /** Accept `count` more messages, then leave the following ones unanswered until released. */
  holdAfterAccepting(count: number): void {
    this.holdAfter = this.accepted + count;
  }

  stopHolding(): void {
    this.holdAfter = Infinity;
  }

  heldCount(): number {
    return this.held.length;
  }

  countByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    return counts;
  }

  async up(port = this.port): Promise<void> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      size: 5 * 1024 * 1024,
      closeTimeout: 200,
      onAuth: (_auth, _session, callback) => callback(null, { user: "tester" }),
      onRcptTo: (address, _session, callback) => {
        this.rcptAttempts.push(address.address);
        const rule = this.rejections.get(address.address.toLowerCase());
        if (!rule) return callback();
        const error = Object.assign(new Error(rule.text), { responseCode: rule.code });
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const accept = () => {
            if (this.closedSessions.has(session.id)) return;
            this.accepted++;
            void this.record(Buffer.concat(chunks).toString("utf8"), session).then(() => callback(), callback);
          };
          // Counted when accepted, not when parsed, so that exactly `holdAfter` get through.
          if (this.accepted >= this.holdAfter) this.held.push({ sessionId: session.id, finish: accept });
          else accept();
        });
      },
      onClose: (session: SMTPServerSession) => {
        this.closedSessions.add(session.id);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    server.on("error", () => {});
    this.server = server;
    this.port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  }

  /** Stops listening and cuts every open connection, as a crashed mail server would. */
  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const connections = (server as unknown as { connections: Set<{ _socket?: { destroy(): void } }> }).connections;
    for (const c of connections ?? []) c._socket?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async record(raw: string, session: SMTPServerSession): Promise<void> {
    const parsed = await simpleParser(raw);
    const headerEnd = raw.search(/\r?\n\r?\n/);
    this.received.push({
      raw,
      rawHeaders: headerEnd === -1 ? raw : raw.slice(0, headerEnd),
      parsed,
      messageId: parsed.messageId ?? "",
      envelopeTo: session.envelope.rcptTo.map((r) => r.address),
    });
  }
}

export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
