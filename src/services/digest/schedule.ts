/**
 * Digest schedules in the digest's own time zone, with Intl only. A local date + HH:MM becomes an
 * instant; a time that does not exist (spring forward) moves to the first valid minute after it,
 * and a time that exists twice (fall back) takes the first occurrence, so each local day has
 * exactly one slot.
 */
export type DigestDays = { kind: 'daily' } | { kind: 'weekdays' } | { kind: 'weekly'; day: number };

export interface DigestSchedule {
  /** "HH:MM", 24-hour, local to `timezone`. */
  time: string;
  timezone: string;
  days: DigestDays;
}

export interface DigestSlot {
  /** The local date of the slot, "YYYY-MM-DD": one slot per local day. */
  key: string;
  at: Date;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
  };
}

/** Local wall-clock time read as if it were UTC: a monotonic number except across a gap. */
const wallMs = (p: LocalParts) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
const offsetAt = (instant: number, timeZone: string) =>
  wallMs(localParts(new Date(instant), timeZone)) - Math.floor(instant / 60_000) * 60_000;

/** The instant of a local date and time in `timeZone` (see the module comment for DST rules). */
export function zonedTimeToInstant(local: LocalParts, timeZone: string): Date {
  const wanted = wallMs(local);
  const offsets = new Set([-36, 0, 36].map((hours) => offsetAt(wanted + hours * 3600_000, timeZone)));
  const exact = [...offsets]
    .map((offset) => wanted - offset)
    .filter((t) => wallMs(localParts(new Date(t), timeZone)) === wanted);
  if (exact.length > 0) return new Date(Math.min(...exact));
  // In a gap: the first minute whose wall time is at or past the wanted one.
  const candidates = [...offsets].map((offset) => wanted - offset);
  let low = Math.min(...candidates);
  let high = Math.max(...candidates);
  while (high - low > 60_000) {
    const mid = low + Math.floor((high - low) / 120_000) * 60_000;
    if (wallMs(localParts(new Date(mid), timeZone)) >= wanted) high = mid;
    else low = mid;
  }
  return new Date(high);
}

export function parseTime(time: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function runsOn(days: DigestDays, weekday: number): boolean {
  if (days.kind === 'daily') return true;
  if (days.kind === 'weekdays') return weekday >= 1 && weekday <= 5;
  return weekday === days.day;
}

/** The slot of one local date, or null when the schedule skips that day. */
function slotOnDate(schedule: DigestSchedule, year: number, month: number, day: number): DigestSlot | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!runsOn(schedule.days, date.getUTCDay())) return null;
  const time = parseTime(schedule.time);
  if (!time) return null;
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return {
    key: `${y}-${pad(m)}-${pad(d)}`,
    at: zonedTimeToInstant({ year: y, month: m, day: d, ...time }, schedule.timezone),
  };
}

/** Slots of the local days around `instant`, in the given day order, lazily (Intl calls are not free). */
function* slotsAround(schedule: DigestSchedule, instant: Date, dayOffsets: number[]): Generator<DigestSlot> {
  const today = localParts(instant, schedule.timezone);
  for (const offset of dayOffsets) {
    const slot = slotOnDate(schedule, today.year, today.month, today.day + offset);
    if (slot) yield slot;
  }
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
const BACKWARD = range(1, -8, -1);
const FORWARD = range(-1, 8, 1);

/** The latest slot at or before `now` within the last 8 days, or null. */
export function latestSlotAtOrBefore(schedule: DigestSchedule, now: Date): DigestSlot | null {
  for (const slot of slotsAround(schedule, now, BACKWARD))
    if (slot.at.getTime() <= now.getTime()) return slot;
  return null;
}

/** The first slot strictly after `after`. */
export function nextSlotAfter(schedule: DigestSchedule, after: Date): DigestSlot {
  for (const slot of slotsAround(schedule, after, FORWARD))
    if (slot.at.getTime() > after.getTime()) return slot;
  throw new Error(`No slot for schedule ${JSON.stringify(schedule)} after ${after.toISOString()}`);
}

export function describeDays(days: DigestDays): string {
  if (days.kind === 'daily') return 'every day';
  if (days.kind === 'weekdays') return 'Monday to Friday';
  return `every ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][days.day]}`;
}
