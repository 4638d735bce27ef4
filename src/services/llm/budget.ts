import type { KeyValueStore } from '../store/types.ts';

/**
 * Tokens one server may spend on the language model per UTC day. A request reserves its estimate
 * before it is sent and settles with the endpoint's own count after. Shared by every process on the
 * store; two requests at the same instant may both pass a nearly spent budget (a bounded overrun of
 * one request, not a leak).
 */
export interface TokenBudget {
  /** Reserves `tokens` for `key` (a server id); false when that would go over the day's limit. */
  reserve(key: string, tokens: number, now: Date): Promise<boolean>;
  /** Replaces a reservation with what was actually spent. */
  settle(key: string, reserved: number, spent: number, now: Date): Promise<void>;
  used(key: string, now: Date): Promise<number>;
}

const DAY_MS = 24 * 3600_000;
const dayKey = (key: string, now: Date) => `llmtokens:${key}:${now.toISOString().slice(0, 10)}`;

export function createTokenBudget(kv: KeyValueStore, dailyLimit: number): TokenBudget {
  const used = async (key: string, now: Date) => (await kv.get<number>(dayKey(key, now))) ?? 0;
  return {
    used,
    async reserve(key, tokens, now) {
      const spent = await used(key, now);
      if (spent + tokens > dailyLimit) return false;
      await kv.set(dayKey(key, now), spent + tokens, 2 * DAY_MS);
      return true;
    },
    async settle(key, reserved, spent, now) {
      const current = await used(key, now);
      await kv.set(dayKey(key, now), Math.max(0, current - reserved + spent), 2 * DAY_MS);
    },
  };
}
