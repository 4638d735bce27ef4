/**
 * Adversarial input classes (issue 18): each is a small seed under test/fixtures/adversarial/<class>/
 * (seed.json: the format, and text `before` + `unit` repeated + `after`) grown to any size here, so no
 * megabytes are committed. Used by the cost tests (test/services/adversarial-cost.test.ts) and by
 * `npm run bench:adversarial`.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type AdversarialFormat = 'text' | 'html' | 'feed';

export interface AdversarialClass {
  name: string;
  format: AdversarialFormat;
  before: string;
  unit: string;
  after: string;
}

const ROOT = new URL('../fixtures/adversarial/', import.meta.url);

/** Every class, by name. */
export function adversarialClasses(): AdversarialClass[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const seed = JSON.parse(
        readFileSync(new URL(`${entry.name}/seed.json`, ROOT), 'utf8'),
      ) as Partial<AdversarialClass>;
      return {
        name: entry.name,
        format: seed.format ?? 'text',
        before: seed.before ?? '',
        unit: seed.unit ?? '',
        after: seed.after ?? '',
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The class's input at about `size` characters: its unit repeated between `before` and `after`. */
export function grow(c: AdversarialClass, size: number): string {
  const room = Math.max(0, size - c.before.length - c.after.length);
  const units = c.unit === '' ? 0 : Math.ceil(room / c.unit.length);
  return c.before + c.unit.repeat(units).slice(0, room) + c.after;
}

/** CPU time (user + system, ms) of `work`, the least of `runs` tries (the least disturbed by other load). */
export function leastCpuMs(work: () => void, runs: number): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/** The collector global.gc (node --expose-gc), or undefined without the flag. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * CPU time (ms) of `work`, the most of `runs` tries (the worst case a member can cause). With
 * `afterFullGc` (and node --expose-gc) each try starts after a full collection, as a job does on a
 * worker that sat idle long enough for V8's memory reducer to run one: no garbage of an earlier run
 * is collected on this one's time, and whatever a full collection throws away (the hidden classes
 * no live object has, and the optimized code built on them) is rebuilt on this one's time, as it
 * would be in the bot.
 */
export function worstCpuMs(work: () => void, runs: number, { afterFullGc = false } = {}): number {
  let worst = 0;
  for (let i = 0; i < runs; i++) {
    if (afterFullGc) collectGarbage?.();
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    worst = Math.max(worst, (used.user + used.system) / 1000);
  }
  return worst;
}

/** True when worstCpuMs can start its tries after a full collection (node --expose-gc). */
export const canCollectGarbage = collectGarbage !== undefined;
