import { UserFacingError } from '../errors.ts';
import { shortHash } from '../feeds/identity.ts';
import { isValidTimeZone, nextSlotAfter, parseTime, type DigestDays } from './schedule.ts';
import type { DigestRecord } from './types.ts';

export const MAX_DIGESTS_PER_GUILD = 10;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "daily", "weekdays", "weekly:monday" (or "weekly:mon", "monday"). */
export function parseDays(value: string | null | undefined): DigestDays {
  const text = (value ?? 'daily').trim().toLowerCase();
  if (text === 'daily' || text === '') return { kind: 'daily' };
  if (text === 'weekdays') return { kind: 'weekdays' };
  const dayName = text.replace(/^weekly[:\s]*/, '');
  const day = WEEKDAYS.findIndex((name) => dayName.length >= 3 && name.startsWith(dayName));
  if (day < 0)
    throw new UserFacingError(
      'bad_input',
      'Days must be daily, weekdays or weekly:<day> (for example weekly:monday).',
    );
  return { kind: 'weekly', day };
}

/** Comma- or space-separated keywords, lower-cased, without duplicates. */
export function parseKeywords(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(/[,;]+/)
        .map((word) => word.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].slice(0, 20);
}

export interface DigestInput {
  guildId: string;
  channelId: string;
  time: string;
  timezone: string;
  days: DigestDays;
  max?: number;
  feedIds?: string[];
  include?: string[];
  exclude?: string[];
  postWhenEmpty?: boolean;
  createdBy: string;
}

/** Validates a /digest set request and builds the record; the same channel's digest is replaced. */
export function buildDigest(input: DigestInput, now: Date): DigestRecord {
  const time = parseTime(input.time);
  if (!time)
    throw new UserFacingError(
      'bad_input',
      'Time must be HH:MM on a 24-hour clock, for example 07:30 or 18:00.',
    );
  if (!isValidTimeZone(input.timezone)) {
    throw new UserFacingError(
      'bad_input',
      `"${input.timezone}" is not a time zone I know. Pick one from the list, like Europe/Paris.`,
    );
  }
  const max = Math.round(input.max ?? 10);
  if (max < 1 || max > 25) throw new UserFacingError('bad_input', 'A digest holds between 1 and 25 items.');
  const normalisedTime = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  const schedule = { time: normalisedTime, timezone: input.timezone, days: input.days };
  return {
    id: shortHash(`${input.guildId}|${input.channelId}`, 10),
    guildId: input.guildId,
    channelId: input.channelId,
    ...schedule,
    max,
    feedIds: input.feedIds ?? [],
    include: input.include ?? [],
    exclude: input.exclude ?? [],
    postWhenEmpty: input.postWhenEmpty ?? false,
    enabled: true,
    disabledReason: null,
    createdAt: now.toISOString(),
    createdBy: input.createdBy,
    lastSlotKey: null,
    lastDeliveredAt: null,
    lastPostedAt: null,
    nextDueAt: nextSlotAfter(schedule, now).at.toISOString(),
  };
}
