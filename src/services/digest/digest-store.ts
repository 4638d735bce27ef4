import type { KeyValueStore } from '../store/types.ts';
import type { DigestRecord } from './types.ts';

const digestKey = (id: string) => `digest:${id}`;
const guildIndex = (guildId: string) => `digests:guild:${guildId}`;
const DUE_INDEX = 'digests:due';

/** The servers' digests, indexed by server and by next due time (disabled digests are never due). */
export interface DigestStore {
  get(id: string): Promise<DigestRecord | undefined>;
  getMany(ids: string[]): Promise<(DigestRecord | undefined)[]>;
  save(digest: DigestRecord): Promise<void>;
  remove(digest: DigestRecord): Promise<void>;
  listForGuild(guildId: string): Promise<DigestRecord[]>;
  dueIds(now: Date, limit?: number): Promise<string[]>;
  /** The raw store, for per-slot delivery records and leases. */
  kv: KeyValueStore;
}

export function createDigestStore(kv: KeyValueStore): DigestStore {
  return {
    kv,
    get: (id) => kv.get<DigestRecord>(digestKey(id)),
    getMany: (ids) => kv.getMany<DigestRecord>(ids.map(digestKey)),
    async save(digest) {
      await kv.set(digestKey(digest.id), digest);
      await kv.indexAdd(guildIndex(digest.guildId), digest.id, Date.parse(digest.createdAt));
      if (digest.enabled) await kv.indexAdd(DUE_INDEX, digest.id, Date.parse(digest.nextDueAt));
      else await kv.indexRemove(DUE_INDEX, digest.id);
    },
    async remove(digest) {
      await kv.indexRemove(DUE_INDEX, digest.id);
      await kv.indexRemove(guildIndex(digest.guildId), digest.id);
      await kv.delete(digestKey(digest.id));
    },
    async listForGuild(guildId) {
      const entries = await kv.indexRange(guildIndex(guildId), { order: 'asc' });
      const digests = await kv.getMany<DigestRecord>(entries.map((entry) => digestKey(entry.member)));
      return digests.filter((digest): digest is DigestRecord => digest !== undefined);
    },
    async dueIds(now, limit) {
      const entries = await kv.indexRange(DUE_INDEX, { order: 'asc', maxScore: now.getTime(), limit });
      return entries.map((entry) => entry.member);
    },
  };
}
