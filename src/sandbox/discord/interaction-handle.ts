/** What a test holds after sending an interaction: its ack, its @original and follow-ups, and waits on them. */
import type { AckRecord, InteractionInvoker, StoredMessage } from './types.ts';

interface Waiter {
  check: () => boolean;
}

export class InteractionHandle {
  /** Monotonic time (performance.now()) of the first accepted callback. */
  ackedAt?: number;
  ack?: AckRecord;
  /** Whether the first answer (reply or defer) was ephemeral. */
  ephemeral = false;
  /** Discord error codes of callbacks the server refused (10062 late, 40060 twice). */
  readonly callbackErrors: number[] = [];
  /** Id of the message that `@original` refers to (the reply, or the component's message). */
  originalId?: string;
  readonly followUpIds: string[] = [];
  private readonly waiters = new Set<Waiter>();

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: number,
    readonly guildId: string,
    readonly channelId: string,
    /** Monotonic time the INTERACTION_CREATE was dispatched. */
    readonly createdAt: number,
    private readonly lookup: (messageId: string) => StoredMessage | undefined,
    /** Who used which command; stamped on the answers, as Discord does. */
    readonly invoker?: InteractionInvoker,
  ) {}

  /** The current @original message (after edits), if any answer created one. */
  original(): StoredMessage | undefined {
    return this.originalId ? this.lookup(this.originalId) : undefined;
  }

  /** The @original (after edits) followed by follow-ups, in order; deleted messages are left out. */
  get responses(): StoredMessage[] {
    const ids = [...(this.originalId ? [this.originalId] : []), ...this.followUpIds];
    return ids.map((id) => this.lookup(id)).filter((m): m is StoredMessage => m !== undefined && !m.deleted);
  }

  /** Autocomplete choices answered with callback type 8. */
  get choices(): { name: string; value: string | number }[] | undefined {
    const choices = this.ack?.type === 8 ? this.ack.data?.choices : undefined;
    return Array.isArray(choices) ? (choices as { name: string; value: string | number }[]) : undefined;
  }

  waitForAck(timeoutMs = 5000): Promise<AckRecord> {
    return this.waitFor(() => this.ack, timeoutMs, 'an interaction callback');
  }

  /** Resolves with the first response (original or follow-up) matching `predicate`; by default any non-loading one. */
  waitForResponse(
    predicate: (m: StoredMessage) => boolean = (m) => (m.flags & 128) === 0,
    timeoutMs = 5000,
  ): Promise<StoredMessage> {
    return this.waitFor(() => this.responses.find(predicate), timeoutMs, 'a matching interaction response');
  }

  /** Called by the server whenever this interaction's state changes. */
  changed(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  private waitFor<T>(get: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const value = get();
          if (value === undefined) return false;
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(value);
          return true;
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} to interaction ${this.id}`));
      }, timeoutMs);
      this.waiters.add(waiter);
      waiter.check();
    });
  }
}
