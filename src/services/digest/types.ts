import type { DigestDays } from './schedule.ts';

/** A scheduled digest of one server, posted to one channel. */
export interface DigestRecord {
  id: string;
  guildId: string;
  channelId: string;
  /** "HH:MM" in `timezone`. */
  time: string;
  timezone: string;
  days: DigestDays;
  /** Most items in one digest (1–25). */
  max: number;
  /** Only stories from these feeds; empty = every story of the server. */
  feedIds: string[];
  /** Keep a story only when one of these words appears in it (empty = keep all). */
  include: string[];
  /** Drop a story when one of these words appears in it. */
  exclude: string[];
  /** Post a short "nothing new" note instead of staying silent when there are no stories. */
  postWhenEmpty: boolean;
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  createdBy: string;
  /** Key of the last slot delivered or skipped; a slot is never handled twice. */
  lastSlotKey: string | null;
  /** When the last delivered digest was assembled: the next one starts there. */
  lastDeliveredAt: string | null;
  /**
   * When the last digest that was actually posted was assembled (an empty one is not posted
   * unless postWhenEmpty). Absent on digests saved before it was recorded.
   */
  lastPostedAt?: string | null;
  /** Mirrors the due-index score. */
  nextDueAt: string;
}

/** One entry of a digest: one event, possibly reported by several sources. */
export interface DigestItem {
  headline: string;
  url: string | null;
  bullets: string[];
  sources: { name: string; url: string | null }[];
  storyIds: string[];
  /** Newest creation time among its stories, ISO. */
  latestAt: string;
}
