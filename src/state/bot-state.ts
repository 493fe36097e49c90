import { systemClock, type Clock } from '#src/domain/clock.js';
import { actionsIn, type Actions } from './actions.js';
import { confirmationsIn, type Confirmations } from './confirmations.js';
import { extensionRequestsIn, type ExtensionRequests } from './extension-requests.js';
import { openStateDb } from './db.js';
import { plainSessionsIn, type PlainSessions } from './plain-sessions.js';
import { registrationsIn, type Registrations } from './registrations.js';
import { reminderLogIn, type ReminderLog } from './reminder-log.js';
import { subscriptionsIn, type Subscriptions } from './subscriptions.js';
import { supportNudgesIn, type SupportNudges } from './support-nudges.js';
import { telegramButtonsIn, type TelegramButtons } from './telegram-buttons.js';
import { seenUpdatesIn, type SeenUpdates } from './telegram-updates.js';
import { waitingWritesIn, type WaitingWrites } from './waiting-writes.js';
import { zaloSeenIn, type ZaloSeen } from './zalo-seen.js';

/**
 * The bot's own state, one object for the conversation, the channels and the reminders. It
 * hands out tables, never the database: only src/state/ knows there is SQLite underneath.
 * Every table that keeps instants reads the same clock, so tests prune by moving it.
 */
export interface BotState {
  subscriptions: Subscriptions;
  registrations: Registrations;
  confirmations: Confirmations;
  /** Deadline extension requests waiting for a coordinator. */
  extensionRequests: ExtensionRequests;
  actions: Actions;
  waitingWrites: WaitingWrites;
  reminderLog: ReminderLog;
  /** «Nhắc phối hợp» sent, one a day per task. */
  supportNudges: SupportNudges;
  /** Telegram update ids already handled. */
  telegramUpdates: SeenUpdates;
  /** What Telegram buttons stand for. */
  telegramButtons: TelegramButtons;
  /** Zalo messages already handled. */
  zaloSeen: ZaloSeen;
  /** What a plain-text channel last offered in each chat. */
  plainSessions(channel: string): PlainSessions;
  close(): void;
}

export function openBotState(dataDir: string, clock: Clock = systemClock()): BotState {
  const db = openStateDb(dataDir);
  // Opened on first use: a console run never creates the channels' tables.
  const once = <T>(open: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= open());
  };
  const telegramUpdates = once(() => seenUpdatesIn(db, { clock }));
  const telegramButtons = once(() => telegramButtonsIn(db, { clock }));
  const zaloSeen = once(() => zaloSeenIn(db, { clock }));
  const sessions = new Map<string, PlainSessions>();
  return {
    subscriptions: subscriptionsIn(db),
    registrations: registrationsIn(db),
    confirmations: confirmationsIn(db),
    extensionRequests: extensionRequestsIn(db),
    actions: actionsIn(db),
    waitingWrites: waitingWritesIn(db),
    reminderLog: reminderLogIn(db),
    supportNudges: supportNudgesIn(db, { clock }),
    get telegramUpdates() {
      return telegramUpdates();
    },
    get telegramButtons() {
      return telegramButtons();
    },
    get zaloSeen() {
      return zaloSeen();
    },
    plainSessions(channel) {
      let table = sessions.get(channel);
      if (!table) sessions.set(channel, (table = plainSessionsIn(db, channel, { clock })));
      return table;
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}
