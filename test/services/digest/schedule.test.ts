import { describe, expect, it } from 'vitest';
import {
  latestSlotAtOrBefore,
  nextSlotAfter,
  zonedTimeToInstant,
  type DigestSchedule,
} from '../../../src/services/digest/schedule.ts';

const ny = (time: string, days: DigestSchedule['days'] = { kind: 'daily' }): DigestSchedule => ({
  time,
  timezone: 'America/New_York',
  days,
});

/** Every slot a minute-by-minute scheduler would fire between two instants. */
function firings(schedule: DigestSchedule, from: string, to: string): string[] {
  const fired: string[] = [];
  let handled: string | null = null;
  for (let t = Date.parse(from); t <= Date.parse(to); t += 5 * 60_000) {
    const slot = latestSlotAtOrBefore(schedule, new Date(t));
    if (slot && slot.at.getTime() >= Date.parse(from) && slot.key !== handled) {
      handled = slot.key;
      fired.push(`${slot.key}@${new Date(t).toISOString()}`);
    }
  }
  return fired;
}

describe('digest schedule', () => {
  it('places the same local time correctly in two time zones', () => {
    expect(
      nextSlotAfter(
        { time: '08:00', timezone: 'Asia/Tokyo', days: { kind: 'daily' } },
        new Date('2026-06-01T00:00:00Z'),
      ).at.toISOString(),
    ).toBe('2026-06-01T23:00:00.000Z');
    expect(
      nextSlotAfter(
        { time: '08:00', timezone: 'Europe/London', days: { kind: 'daily' } },
        new Date('2026-06-01T00:00:00Z'),
      ).at.toISOString(),
    ).toBe('2026-06-01T07:00:00.000Z');
    expect(
      nextSlotAfter(
        { time: '08:00', timezone: 'Europe/London', days: { kind: 'daily' } },
        new Date('2026-01-01T00:00:00Z'),
      ).at.toISOString(),
    ).toBe('2026-01-01T08:00:00.000Z');
  });

  it('on the spring-forward day (2026-03-08, New York) a 02:30 digest fires once, at 03:00 EDT', () => {
    expect(firings(ny('02:30'), '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z')).toEqual([
      '2026-03-08@2026-03-08T07:00:00.000Z',
      '2026-03-09@2026-03-09T06:30:00.000Z',
    ]);
  });

  it('on the fall-back day (2026-11-01, New York) a 01:30 digest fires once, at the first 01:30', () => {
    expect(firings(ny('01:30'), '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z')).toEqual([
      '2026-11-01@2026-11-01T05:30:00.000Z',
      '2026-11-02@2026-11-02T06:30:00.000Z',
    ]);
  });

  it('keeps wall-clock time across DST: 09:00 New York is 14:00Z in winter and 13:00Z in summer', () => {
    expect(
      zonedTimeToInstant(
        { year: 2026, month: 3, day: 7, hour: 9, minute: 0 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-07T14:00:00.000Z');
    expect(
      zonedTimeToInstant(
        { year: 2026, month: 3, day: 9, hour: 9, minute: 0 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-09T13:00:00.000Z');
  });

  it('honours weekdays and weekly schedules', () => {
    // 2026-05-02 is a Saturday.
    expect(nextSlotAfter(ny('07:00', { kind: 'weekdays' }), new Date('2026-05-02T00:00:00Z')).key).toBe(
      '2026-05-04',
    );
    expect(nextSlotAfter(ny('07:00', { kind: 'weekly', day: 3 }), new Date('2026-05-02T00:00:00Z')).key).toBe(
      '2026-05-06',
    );
  });
});
