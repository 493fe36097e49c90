import { actionsIn, type Actions } from './actions.js';
import { confirmationsIn, type Confirmations } from './confirmations.js';
import { openStateDb, type StateDb } from './db.js';
import { registrationsIn, type Registrations } from './registrations.js';
import { subscriptionsIn, type Subscriptions } from './subscriptions.js';
import { waitingWritesIn, type WaitingWrites } from './waiting-writes.js';

/** The bot's own state, one object for the conversation and the channels. */
export interface BotState {
  db: StateDb;
  subscriptions: Subscriptions;
  registrations: Registrations;
  confirmations: Confirmations;
  actions: Actions;
  waitingWrites: WaitingWrites;
  close(): void;
}

export function openBotState(dataDir: string): BotState {
  const db = openStateDb(dataDir);
  return {
    db,
    subscriptions: subscriptionsIn(db),
    registrations: registrationsIn(db),
    confirmations: confirmationsIn(db),
    actions: actionsIn(db),
    waitingWrites: waitingWritesIn(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}
