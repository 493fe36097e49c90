import type { Conversation } from '#src/conversation/engine.js';
import type { Metrics } from './metrics.js';

/**
 * The conversation seen from outside: each message counted by channel and intent, and the
 * time to its reply measured. `intentOf` names what the message asked (the composition root
 * gives the same reading the conversation makes).
 */
export function instrumentConversation(conversation: Conversation, metrics: Metrics, intentOf: (text: string) => string): Conversation {
  return {
    async handle(message) {
      const started = process.hrtime.bigint();
      try {
        return await conversation.handle(message);
      } finally {
        const channel = message.sender.channel;
        metrics.replyLatency(channel, Number(process.hrtime.bigint() - started) / 1e9);
        let intent = 'unknown';
        try {
          intent = intentOf(message.text);
        } catch {
          // A message the reader cannot take is counted as not understood.
        }
        metrics.updateHandled(channel, intent);
      }
    },
  };
}

/**
 * A fetch for the Google client that reports each call's status: to the metrics (calls,
 * 429s, failures; a successful version check or read marks the sheet as fresh) and to
 * whoever judges health.
 */
export function observedFetch(metrics: Metrics, record: (status: number | undefined) => void, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    let status: number | undefined;
    try {
      const response = await base(input, init);
      status = response.status;
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (response.ok && /\/drive\/v3\/files\/|\/values:batchGet/.test(url)) metrics.sheetRefreshed();
      return response;
    } finally {
      metrics.sheetsCall(status);
      record(status);
    }
  };
}
