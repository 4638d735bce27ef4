import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { AppContext } from '../context.ts';

interface CommandBase {
  data: { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /** Buttons whose custom id starts with `<command name>:` are routed here. */
  button?(interaction: ButtonInteraction, ctx: AppContext): Promise<void>;
}

export interface SlashCommand extends CommandBase {
  kind: 'slash';
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
}

export interface MessageCommand extends CommandBase {
  kind: 'message';
  execute(interaction: MessageContextMenuCommandInteraction, ctx: AppContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;
