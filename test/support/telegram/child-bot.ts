import type { Transformer } from '#src/channels/telegram/types.js';
import { createTelegramChannel } from '#src/channels/telegram/channel.js';
import { createConfig } from '#src/config.js';
import { createApp } from '#src/app.js';
import { createLogger } from '#src/logger.js';

/**
 * A bot process for the crash tests: the real app over the local sheet in DATA_DIR and the
 * Telegram channel polling the emulator at TELEGRAM_API_ROOT. Says "ready" once it polls;
 * the parent kills it with SIGKILL whenever it likes. No flood limit: the burst is the test.
 */
const env = (name: string) => process.env[name] ?? '';
// The emulator answers getUpdates at once instead of holding it: pause on an empty answer.
const idlePolling: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (method === 'getUpdates' && result.ok && Array.isArray(result.result) && result.result.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return result;
};
const config = createConfig({
  DATA_DIR: env('DATA_DIR'),
  TELEGRAM_BOT_TOKEN: env('TOKEN'),
  TELEGRAM_API_ROOT: env('TELEGRAM_API_ROOT'),
});
const app = await createApp(config, createLogger('error', { pretty: false }));
const channel = createTelegramChannel(app, { transformers: [idlePolling], flood: false });
app.adapters.push(channel);
await channel.start();
process.stdout.write('ready\n');
