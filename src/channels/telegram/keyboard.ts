import type { InlineKeyboardMarkup } from 'grammy/types';
import { z } from 'zod';
import { BUTTON_TOKEN, type TelegramButtons } from '#src/state/telegram-buttons.js';
import type { ButtonSpec } from './render.js';

/** Callback data the bot ever puts on a button: "b:<token>", or "n" for the page label. */
const NOOP = 'n';
export const CallbackData = z.union([
  z.literal(NOOP).transform(() => ({ kind: 'noop' as const })),
  z
    .string()
    .regex(/^b:/)
    .transform((data) => data.slice(2))
    .pipe(z.string().regex(BUTTON_TOKEN))
    .transform((token) => ({ kind: 'button' as const, token })),
]);
export type CallbackData = z.infer<typeof CallbackData>;

/** Where a keyboard is shown: buttons remember the chat so a press elsewhere is refused. */
export interface KeyboardTarget {
  chatId: string;
  userId: string | null;
}

export function inlineKeyboard(
  rows: ButtonSpec[][],
  buttons: TelegramButtons,
  target: KeyboardTarget,
): InlineKeyboardMarkup | undefined {
  if (rows.length === 0) return undefined;
  return {
    inline_keyboard: rows.map((row) =>
      row.map((spec) => ({
        text: spec.label,
        callback_data:
          spec.kind === 'noop'
            ? NOOP
            : `b:${buttons.save({ kind: spec.kind, chatId: target.chatId, userId: target.userId, message: spec.message })}`,
      })),
    ),
  };
}
