import { CUSTOM_ID_LIMIT } from './limits.ts';

/**
 * Custom ids of paging buttons: `<command>:<page>:<ownerUserId>:<param>:…:<lastParam>`. Discord
 * caps custom ids at 100 characters, so the last (free-text) parameter is shortened to fit; it
 * may itself contain ':' because it is always read as "the rest".
 */
export interface PagerId {
  command: string;
  page: number;
  ownerUserId: string;
  params: string[];
}

export function encodePagerId(id: PagerId): string {
  const head = [id.command, String(id.page), id.ownerUserId, ...id.params.slice(0, -1)].join(':');
  const last = id.params.at(-1);
  if (last === undefined) return head.slice(0, CUSTOM_ID_LIMIT);
  const room = Math.max(0, CUSTOM_ID_LIMIT - head.length - 1);
  return `${head}:${last.slice(0, room)}`;
}

/** Reads a pager id with `paramCount` parameters; null when it is not one (old or foreign buttons). */
export function decodePagerId(customId: string, paramCount: number): PagerId | null {
  const parts = customId.split(':');
  const [command, page, ownerUserId] = parts;
  if (!command || !page || !ownerUserId || !/^-?\d+$/.test(page)) return null;
  const rest = parts.slice(3);
  if (rest.length < paramCount) return null;
  const params =
    paramCount === 0 ? [] : [...rest.slice(0, paramCount - 1), rest.slice(paramCount - 1).join(':')];
  return { command, page: Number(page), ownerUserId, params };
}
