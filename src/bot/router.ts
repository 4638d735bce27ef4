import type { Interaction, RepliableInteraction } from 'discord.js';
import type { Command } from '../commands/types.ts';
import type { AppContext } from '../context.ts';
import { isUserFacingError } from '../services/errors.ts';
import { answerPrivately, GENERIC_FAILURE_MESSAGE } from './replies.ts';

/**
 * Sends every interaction to its command and makes sure each one gets an answer: expected
 * failures show their message privately, anything else is logged with context and answered
 * with a short generic message. Also tracks in-flight work so shutdown can wait for it.
 */
export interface InteractionRouter {
  handle(interaction: Interaction): Promise<void>;
  /** Refuse new interactions from now on (shutdown). */
  stopAccepting(): void;
  /** Resolves when every in-flight interaction is done, or after `timeoutMs`; true when all finished. */
  drain(timeoutMs: number): Promise<boolean>;
  readonly inFlight: number;
}

/** Commands whose answer is a summary (the slash command and the message menu's). */
const SUMMARY_COMMANDS = new Set(['summarize', 'Summarize article']);

const SHUTTING_DOWN_MESSAGE = 'NewsBrief is restarting. Please try again in a few seconds.';

function commandNameOf(interaction: Interaction): string | undefined {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return interaction.customId.split(':', 1)[0];
  return undefined;
}

export function createInteractionRouter(commands: readonly Command[], ctx: AppContext): InteractionRouter {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const running = new Set<Promise<void>>();
  let accepting = true;

  async function dispatch(interaction: Interaction): Promise<void> {
    const command = byName.get(commandNameOf(interaction) ?? '');
    if (interaction.isAutocomplete()) {
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
      return;
    }
    if (!command) {
      if (interaction.isRepliable())
        await answerPrivately(interaction, 'I do not know that command (yet). Try /help.');
      return;
    }
    if (interaction.isChatInputCommand() && command.kind === 'slash')
      return command.execute(interaction, ctx);
    if (interaction.isMessageContextMenuCommand() && command.kind === 'message')
      return command.execute(interaction, ctx);
    if (interaction.isButton() && command.button) return command.button(interaction, ctx);
    if (interaction.isRepliable()) await answerPrivately(interaction, 'That action is not supported.');
  }

  async function answerFailure(interaction: Interaction, error: unknown): Promise<void> {
    const userFacing = isUserFacingError(error);
    if (!userFacing) {
      ctx.logger.error(
        {
          err: error,
          command: commandNameOf(interaction),
          interactionType: interaction.type,
          guildId: interaction.guildId,
          channelId: interaction.channelId,
          userId: interaction.user.id,
        },
        'interaction failed',
      );
    }
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    await answerPrivately(
      interaction as RepliableInteraction,
      userFacing ? error.message : GENERIC_FAILURE_MESSAGE,
    );
  }

  /** ok, user_error (a polite refusal), rate_limited, or error (a bug or an outage). */
  function outcomeOf(error: unknown): string {
    if (!isUserFacingError(error)) return 'error';
    return error.code === 'rate_limited' ? 'rate_limited' : 'user_error';
  }

  async function run(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const command = commandNameOf(interaction) ?? 'unknown';
    let outcome = 'ok';
    try {
      await dispatch(interaction);
    } catch (error) {
      outcome = outcomeOf(error);
      try {
        await answerFailure(interaction, error);
      } catch (answerError) {
        // The interaction may have expired (3 s / 15 min windows); nothing more can be sent.
        ctx.logger.warn(
          { err: answerError, command: commandNameOf(interaction) },
          'could not answer a failed interaction',
        );
      }
    } finally {
      if (!interaction.isAutocomplete()) {
        ctx.metrics.interactions.inc({ command, outcome });
        if (SUMMARY_COMMANDS.has(command))
          ctx.metrics.summarySeconds.observe({ command }, (performance.now() - started) / 1000);
      }
    }
  }

  return {
    get inFlight() {
      return running.size;
    },
    async handle(interaction) {
      if (!accepting) {
        if (interaction.isRepliable())
          await answerPrivately(interaction, SHUTTING_DOWN_MESSAGE).catch(() => undefined);
        return;
      }
      const work = run(interaction);
      running.add(work);
      try {
        await work;
      } finally {
        running.delete(work);
      }
    },
    stopAccepting() {
      accepting = false;
    },
    async drain(timeoutMs) {
      if (running.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const finished = Promise.allSettled([...running]).then(() => true);
      const result = await Promise.race([finished, timeout]);
      clearTimeout(timer);
      return result;
    },
  };
}
