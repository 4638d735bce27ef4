/**
 * Who a message pings, as Discord decides it: mentions written in the content, filtered by
 * allowed_mentions (absent: every kind may ping) and by permissions (@everyone/@here and roles that
 * are not mentionable need Mention Everyone). Embeds never ping.
 */
import { invalidFormBody } from './http.ts';
import { Permission } from './permissions.ts';
import type { GuildRecord, MessagePings } from './types.ts';

interface AllowedMentions {
  parse?: unknown;
  roles?: unknown;
  users?: unknown;
}

const asIds = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.map((id) => String(id)) : null;

/** Discord's 400 for allowed_mentions that list ids of a kind they also parse, or more than 100 ids. */
export function checkAllowedMentions(value: unknown): void {
  if (value === undefined || value === null) return;
  const allowed = value as AllowedMentions;
  const parse = asIds(allowed.parse) ?? [];
  for (const kind of ['roles', 'users'] as const) {
    const ids = asIds(allowed[kind]);
    if (ids && parse.includes(kind))
      throw invalidFormBody({
        allowed_mentions: {
          _errors: [
            {
              code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
              message: `parse:["${kind}"] and ${kind}: [ids] are mutually exclusive.`,
            },
          ],
        },
      });
    if (ids && ids.length > 100)
      throw invalidFormBody({
        allowed_mentions: {
          [kind]: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }] },
        },
      });
  }
}

export function computePings(
  content: string,
  allowedMentions: unknown,
  guild: GuildRecord | undefined,
  botPermissions: bigint,
): MessagePings {
  const allowed = (allowedMentions ?? undefined) as AllowedMentions | undefined;
  const parse = allowed ? (asIds(allowed.parse) ?? []) : ['users', 'roles', 'everyone'];
  const listedRoles = allowed ? (asIds(allowed.roles) ?? []) : [];
  const listedUsers = allowed ? (asIds(allowed.users) ?? []) : [];
  const mayMentionEveryone = (botPermissions & Permission.MentionEveryone) !== 0n;

  const everyone = parse.includes('everyone') && mayMentionEveryone && /@(everyone|here)\b/.test(content);
  const roles = new Set<string>();
  for (const match of content.matchAll(/<@&(\d{15,25})>/g)) {
    const id = match[1]!;
    const role = guild?.roles?.get(id);
    if (!role) continue;
    const allowedKind = parse.includes('roles') || listedRoles.includes(id);
    if (allowedKind && (role.mentionable || mayMentionEveryone)) roles.add(id);
  }
  const users = new Set<string>();
  for (const match of content.matchAll(/<@!?(\d{15,25})>/g)) {
    const id = match[1]!;
    if (parse.includes('users') || listedUsers.includes(id)) users.add(id);
  }
  return { everyone, roles: [...roles], users: [...users] };
}
