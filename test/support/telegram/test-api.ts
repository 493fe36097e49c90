import { createRequire } from 'node:module';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { freePort } from './ports.js';

export type TestServer = TelegramServer;

// The package replaces module.exports with the class while its typings declare a default
// export; requiring it gives the class itself, typed here from its own declaration.
const TelegramServerClass = createRequire(import.meta.url)('telegram-test-api') as typeof TelegramServer;

/** telegram-test-api, the Bot API emulator, on a free port of 127.0.0.1. */
export async function startTestApi(): Promise<TestServer> {
  const port = await freePort();
  const server = new TelegramServerClass({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  return server;
}

export interface EmulatorMessage {
  messageId: number;
  chatId: string;
  text: string;
  buttons: string[];
  callbackData: (label: string) => string | undefined;
}

/** What the bot sent to the emulator over HTTP (its typings lean on a package it does not install). */
export function botMessages(server: TestServer): EmulatorMessage[] {
  const stored = server.storage.botMessages as unknown as Array<{
    messageId: number;
    message: {
      chat_id: string | number;
      text: string;
      reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> };
    };
  }>;
  return stored.map((update) => {
    const buttons = (update.message.reply_markup?.inline_keyboard ?? []).flat();
    return {
      messageId: update.messageId,
      chatId: String(update.message.chat_id),
      text: update.message.text,
      buttons: buttons.map((button) => button.text),
      callbackData: (label) => buttons.find((button) => button.text === label)?.callback_data,
    };
  });
}
