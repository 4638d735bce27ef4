/** Builds INTERACTION_CREATE payloads shaped like Discord's, for slash commands, context menus, buttons and autocomplete. */
import type { GuildRecord, MemberRecord, RegisteredCommand, StoredMessage } from './types.ts';
import type { World } from './world.ts';

export interface SlashOption {
  name: string;
  value: string | number | boolean;
  /** Discord option type; taken from the registered command or inferred from the value when left out. */
  type?: number;
  focused?: boolean;
}

export interface SlashCommandInput {
  guildId: string;
  channelId: string;
  userId: string;
  name: string;
  subcommand?: string;
  options?: SlashOption[];
  locale?: string;
}

export interface MessageCommandInput {
  guildId: string;
  channelId: string;
  userId: string;
  name: string;
  targetMessage: { id?: string; content: string; authorId?: string; embeds?: unknown[] };
}

export interface ButtonInput {
  /** The message carrying the button: a StoredMessage from channelMessages()/responses, or its id. */
  message: StoredMessage | string;
  customId: string;
  userId: string;
  componentType?: number;
  values?: string[];
}

export interface AutocompleteInput extends SlashCommandInput {
  /** Name of the option being typed into; its value is what the user has typed so far. */
  focused: string;
}

function inferOptionType(value: SlashOption['value']): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

type CommandOptionDef = { name?: string; type?: number; options?: CommandOptionDef[] };

export function buildCommandOptions(
  input: SlashCommandInput,
  command: RegisteredCommand | undefined,
  focused?: string,
): unknown[] {
  const defs = (command?.options ?? []) as CommandOptionDef[];
  const subDef = input.subcommand ? defs.find((d) => d.name === input.subcommand) : undefined;
  const leafDefs = subDef?.options ?? defs;
  const leaves = (input.options ?? []).map((o) => ({
    name: o.name,
    type: o.type ?? leafDefs.find((d) => d.name === o.name)?.type ?? inferOptionType(o.value),
    value: o.value,
    ...(o.focused || o.name === focused ? { focused: true } : {}),
  }));
  return input.subcommand ? [{ name: input.subcommand, type: 1, options: leaves }] : leaves;
}

export function memberPayload(
  world: World,
  guild: GuildRecord,
  member: MemberRecord,
): Record<string, unknown> {
  const everything = member.user.id === guild.owner_id ? (1n << 53n) - 1n : member.permissions;
  return { ...world.memberJson(member), permissions: everything.toString() };
}

export interface BaseInteractionInput {
  id: string;
  token: string;
  type: number;
  guild: GuildRecord;
  channelId: string;
  member: MemberRecord;
  data?: Record<string, unknown>;
  message?: Record<string, unknown>;
  locale?: string;
}

/** The fields every guild interaction carries. */
export function interactionPayload(world: World, input: BaseInteractionInput): Record<string, unknown> {
  const channel = input.guild.channels.get(input.channelId);
  const appPermissions = channel ? world.botPermissionsIn(channel) : 0n;
  return {
    id: input.id,
    application_id: world.applicationId,
    type: input.type,
    ...(input.data ? { data: input.data } : {}),
    guild_id: input.guild.id,
    guild: { id: input.guild.id, locale: 'en-US', features: [] },
    channel_id: input.channelId,
    ...(channel
      ? { channel: { ...world.channelJson(input.guild, channel), permissions: appPermissions.toString() } }
      : {}),
    member: memberPayload(world, input.guild, input.member),
    ...(input.message ? { message: input.message } : {}),
    token: input.token,
    version: 1,
    app_permissions: appPermissions.toString(),
    locale: input.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': input.guild.id },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}
