import type { Logger } from 'pino';
import { COMMANDS } from '#commands/index.js';
import type { Role } from './chat/message.js';
import { createNotifier, type ChannelAdapter, type Notifier } from './chat/port.js';
import type { Config } from './config.js';
import type { ChatCommand } from './conversation/command.js';
import { createConversation, type Conversation } from './conversation/engine.js';
import { roleOf, type Identity } from './conversation/roles.js';
import { systemClock, type Clock } from './domain/clock.js';
import { openBotState, type BotState } from './state/bot-state.js';
import { openStoreFromConfig } from './store/open-store.js';
import type { TaskStore } from './store/task-store.js';
import { createAgencyLookupCache, type AgencyLookup } from './domain/agencies/index.js';
import type { DocumentServices } from './conversation/documents.js';
import { createPlanInbox } from './plan-inbox/inbox.js';
import { createEvidence, type EvidencePort } from './conversation/evidence.js';
import type { FileStore } from './store/file-store.js';
import { openFileStoreFromConfig } from './store/open-files.js';
import { createReportFiles } from './reports/chat-files.js';
import { createObservability, type Observability, type ObservabilityOptions } from './ops/observability.js';

/**
 * The composition root: everything a running bot is made of, built once from the
 * configuration. The process entry (src/cli/) starts and stops it; channels receive the
 * parts they declare, never the whole app.
 */
export interface App {
  config: Config;
  logger: Logger;
  clock: Clock;
  store: TaskStore;
  state: BotState;
  agencies: () => AgencyLookup;
  commands: readonly ChatCommand[];
  conversation: Conversation;
  /** The chat channels running now; reminders and notices go through them. */
  adapters: ChannelAdapter[];
  notifier: Notifier;
  /** The sender's rights, from the configured coordinators and the Cơ quan tab. */
  roleOf(identity: Identity): Role;
  /** Health and metrics (served on HTTP_PORT by the process entry). */
  ops: Observability;
  /** The official report as a file and plans sent in chat. */
  documents: DocumentServices;
  /** Where evidence files are kept: the Drive folder (GOOGLE_DRIVE_FOLDER_ID) or DATA_DIR/files/minh-chung/. */
  files: FileStore;
  /** Documents and photos sent as evidence of a task (src/conversation/evidence.ts). */
  evidence: EvidencePort;
  close(): Promise<void>;
}

export interface AppOptions {
  observability?: ObservabilityOptions;
}

export async function createApp(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock(config.TZ),
  options: AppOptions = {},
): Promise<App> {
  const ops = createObservability(clock, options.observability);
  const store = await openStoreFromConfig(config, logger, {}, clock, { fetch: ops.googleFetch });
  ops.watchStore(store, config);
  const state = openBotState(config.DATA_DIR, clock);
  const agencies = createAgencyLookupCache(() => store.snapshot());
  const adapters: ChannelAdapter[] = [];
  const notifier = createNotifier(() => adapters);
  const documents: DocumentServices = {
    ...createReportFiles({ store, agencies, clock, dataDir: config.DATA_DIR, issuer: config.REPORT_ISSUER }),
    inbox: createPlanInbox({ store, agencies, clock, dataDir: config.DATA_DIR, logger }),
  };
  // Not through the observed fetch: an upload failing says nothing about the sheet's health.
  const files = await openFileStoreFromConfig(config);
  const core = ops.instrument(
    createConversation({
      store,
      clock,
      commands: COMMANDS,
      agencies,
      logger,
      state,
      notifier,
      coordinators: config.COORDINATORS,
      documents,
      extensionLimit: config.EXTENSION_LIMIT,
      onUnderstood: (channel, intent) => ops.metrics.updateHandled(channel, intent),
    }),
  );
  // The conversation the channels use notes each sender's «Cập nhật» for the evidence that follows.
  const { conversation, evidence } = createEvidence({
    conversation: core,
    store,
    files,
    agencies,
    commands: COMMANDS,
    clock,
    logger,
  });
  let closed = false;
  return {
    config,
    logger,
    clock,
    store,
    state,
    agencies,
    commands: COMMANDS,
    conversation,
    adapters,
    notifier,
    roleOf: (identity) => roleOf(identity, store.snapshot(), config.COORDINATORS, agencies()),
    ops,
    documents,
    files,
    evidence,
    async close() {
      if (closed) return;
      closed = true;
      for (const adapter of adapters) await adapter.stop();
      await store.close();
      state.close();
      ops.close();
    },
  };
}

/**
 * Telegram and Zalo, each when its token is set; loaded only then. Not started here: a
 * one-off job (`dondoc remind`) only sends through them.
 */
export async function chatChannels(app: App): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  if (app.config.TELEGRAM_BOT_TOKEN) {
    // Loaded only here: the console alone never pays for grammY.
    const { createTelegramChannel } = await import('./channels/telegram/channel.js');
    adapters.push(createTelegramChannel(app));
  }
  if (app.config.ZALO_BOT_TOKEN) {
    const { createZaloChannel } = await import('./channels/zalo/index.js');
    adapters.push(createZaloChannel(app));
  }
  return adapters;
}
