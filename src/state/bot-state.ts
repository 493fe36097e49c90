import { openStateDb, type StateDb } from './db.js';
import { subscriptionsIn, type Subscriptions } from './subscriptions.js';

/** The bot's own state, one object for the conversation and the channels. */
export interface BotState {
  db: StateDb;
  subscriptions: Subscriptions;
  close(): void;
}

export function openBotState(dataDir: string): BotState {
  const db = openStateDb(dataDir);
  return {
    db,
    subscriptions: subscriptionsIn(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}
