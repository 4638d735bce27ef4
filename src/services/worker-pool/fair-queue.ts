/**
 * The jobs waiting for a worker, served in turns by owner (a member), so one member's five slow
 * files wait behind one another rather than in front of everyone else's work. Turns are kept as
 * in start-time fair queuing: each job gets a turn number, one past its owner's previous job but
 * never behind the turn being served, and the lowest turn goes first (the earliest job among
 * equals). A member whose job has just been taken therefore waits for everyone already waiting
 * before their next is taken.
 *
 * Bounded: an owner may have at most `perOwner` jobs waiting and all owners together at most
 * `total`; past either, push refuses the job (the caller answers "busy, try again in a moment").
 * Jobs without an owner (background work: feed polls, whose cycle bounds how many it starts) take
 * their turns as one more owner and are never refused.
 */
export interface QueueLimits {
  /** Jobs with an owner that may wait at once. */
  total: number;
  /** Jobs one owner may have waiting at once. */
  perOwner: number;
}

/** The turn key of jobs without an owner; owners are never empty. */
const BACKGROUND = '';

interface Waiting<T> {
  item: T;
  turn: number;
  order: number;
}

export class FairQueue<T> {
  private readonly waiting = new Map<string, Waiting<T>[]>();
  /** Per owner, the turn after its last job; dropped once the served turn passes it. */
  private readonly nextTurn = new Map<string, number>();
  /** The turn of the job taken last. */
  private served = 0;
  private order = 0;
  private owned = 0;
  private count = 0;

  constructor(private readonly limits: QueueLimits = { total: Infinity, perOwner: Infinity }) {}

  get length(): number {
    return this.count;
  }

  /** Queues `item` for its owner's turn; false (and nothing queued) when a limit is reached. */
  push(item: T, owner?: string): boolean {
    const key = owner || BACKGROUND;
    const list = this.waiting.get(key);
    if (key !== BACKGROUND) {
      if (this.owned >= this.limits.total || (list?.length ?? 0) >= this.limits.perOwner) return false;
      this.owned++;
    }
    const turn = Math.max(this.served, this.nextTurn.get(key) ?? 0);
    this.nextTurn.set(key, turn + 1);
    const entry = { item, turn, order: this.order++ };
    if (list) list.push(entry);
    else this.waiting.set(key, [entry]);
    this.count++;
    return true;
  }

  /** The waiting job with the lowest turn (the earliest among equals). */
  shift(): T | undefined {
    let bestKey: string | undefined;
    let best: Waiting<T> | undefined;
    // One look per owner with jobs waiting: at most `total` members and the background.
    for (const [key, list] of this.waiting) {
      const head = list[0] as Waiting<T>;
      if (!best || head.turn < best.turn || (head.turn === best.turn && head.order < best.order)) {
        best = head;
        bestKey = key;
      }
    }
    if (!best || bestKey === undefined) return undefined;
    const list = this.waiting.get(bestKey) as Waiting<T>[];
    list.shift();
    if (list.length === 0) this.waiting.delete(bestKey);
    if (bestKey !== BACKGROUND) this.owned--;
    this.count--;
    this.served = best.turn;
    for (const [key, turn] of this.nextTurn) if (turn <= this.served) this.nextTurn.delete(key);
    return best.item;
  }

  /** Every waiting job, in turn order, leaving the queue empty. */
  drain(): T[] {
    const out: T[] = [];
    for (let item = this.shift(); item !== undefined; item = this.shift()) out.push(item);
    return out;
  }
}
