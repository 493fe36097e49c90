import type { Conversation } from '#src/conversation/engine.js';
import type { JobReport } from '#src/reminders/job.js';
import type { Metrics } from './metrics.js';

/**
 * The conversation seen from outside: the time from a message to its reply, by channel.
 * (What each message asked is counted by the conversation's own `onUnderstood`.)
 */
export function instrumentConversation(conversation: Conversation, metrics: Metrics): Conversation {
  return {
    async handle(message) {
      const started = process.hrtime.bigint();
      try {
        return await conversation.handle(message);
      } finally {
        metrics.replyLatency(message.sender.channel, Number(process.hrtime.bigint() - started) / 1e9);
      }
    },
  };
}

/** The scheduler's `onRun`: one run, and the messages it actually sent. */
export function countReminderRun(metrics: Metrics): (report: JobReport) => void {
  return (report) => metrics.reminderRun(report.messages.filter((message) => message.status === 'sent').length);
}

/**
 * A fetch for the Google client that reports each call's status: to the metrics (calls,
 * 429s, failures; a successful version check or read marks the sheet as fresh) and to
 * whoever judges health.
 */
export function observedFetch(
  metrics: Metrics,
  record: (status: number | undefined) => void,
  base: typeof fetch = globalThis.fetch,
): typeof fetch {
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
