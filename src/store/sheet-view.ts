import type { Logger } from 'pino';
import type { Outbox, OutboxEntry } from './outbox.js';
import type { SheetBackend, TabValues } from './port.js';
import { readSheetCopy, writeSheetCopy, type SheetCopy } from './sheet-copy.js';
import { describeSheetError, isTransient, safeMessage } from './sheet-error.js';
import { anchorHeader, HEALTHY, unreadableReason, type SheetHealth } from './sheet-health.js';
import { buildSnapshot, type Snapshot } from './snapshot.js';
import { withUpdates } from './tab-updates.js';
import type { SheetTemplate } from './template.js';

export interface SheetViewOptions {
  /** The changes still waiting here are part of the snapshot. */
  outbox?: Outbox;
  logger?: Logger;
  /** Where to keep a copy of the last sheet read well (see TaskStoreOptions.copyPath). */
  copyPath?: string;
}

/**
 * The sheet as the task store sees it: the tabs as last read, and the snapshot (that plus the
 * changes still in the outbox); the last sheet read well, kept on disk; and whether the sheet
 * as it stands is used, and why not (its health).
 */
export class SheetView {
  private sheet: { version: string; tabs: TabValues[] } = { version: '', tabs: [] };
  private current!: Snapshot;
  private lastGood: SheetCopy | null;
  private currentHealth: SheetHealth = HEALTHY;
  private saving = Promise.resolve();
  private refreshing: Promise<boolean> | null = null;
  private readonly tabNames: string[];

  private constructor(
    private readonly backend: SheetBackend,
    private readonly template: SheetTemplate,
    private readonly options: SheetViewOptions,
  ) {
    this.tabNames = (['tasks', 'agencies', 'plans'] as const).map((key) => template.tab(key).name);
    this.lastGood = options.copyPath ? readSheetCopy(options.copyPath) : null;
  }

  /** Reads the sheet; when Google is down at start, begins from the copy and catches up at the next check. */
  static async open(backend: SheetBackend, template: SheetTemplate, options: SheetViewOptions): Promise<SheetView> {
    const view = new SheetView(backend, template, options);
    try {
      await view.load();
    } catch (error) {
      view.startFromCopy(error);
    }
    return view;
  }

  snapshot(): Snapshot {
    return this.current;
  }

  health(): SheetHealth {
    return this.currentHealth;
  }

  /** The copy being written to disk, if any. */
  saved(): Promise<void> {
    return this.saving;
  }

  /** Builds the snapshot again: the sheet as last read plus the changes still in the outbox. */
  rebuild(): void {
    const pending = this.options.outbox?.pending(Number.MAX_SAFE_INTEGER).map((e) => e.change.update) ?? [];
    this.current = buildSnapshot(this.template, this.sheet.version, withUpdates(this.sheet.tabs, pending));
  }

  /** Reads the sheet as it stands now. */
  async load(): Promise<void> {
    await this.loadAt(await this.backend.version());
  }

  /** Re-reads the sheet when its version changed; true when it did. */
  refresh(): Promise<boolean> {
    return (this.refreshing ??= (async () => {
      try {
        let version: string;
        try {
          version = await this.backend.version();
        } catch (error) {
          if (isTransient(error)) this.unreachable(error);
          throw error;
        }
        if (version === this.sheet.version && this.currentHealth.unreachable) this.back();
        if (version === this.sheet.version) return false;
        await this.loadAt(version);
        return true;
      } finally {
        this.refreshing = null;
      }
    })());
  }

  /** A queued change could not be sent: later updates are told they wait for the connection. */
  writeFailed(error: unknown): void {
    this.unreachable(error);
  }

  /** The outbox sent these changes: the sheet took them, or refused some. */
  drained(entries: readonly OutboxEntry[]): void {
    if (this.currentHealth.unreachable) this.back();
    // Applied cells are in the sheet now; a refused change makes the snapshot re-read.
    const applied = entries.filter((e) => e.status === 'applied').map((e) => e.change.update);
    this.sheet = { ...this.sheet, tabs: withUpdates(this.sheet.tabs, applied) };
    if (entries.some((e) => e.status !== 'applied')) {
      this.sheet = { ...this.sheet, version: '' };
      void this.refresh().catch((error: unknown) =>
        this.options.logger?.warn({ error: String(error) }, 'Không đọc lại được bảng tính'),
      );
    }
    this.rebuild();
  }

  private async loadAt(version: string): Promise<void> {
    this.accept(version, await this.backend.readTabs(this.tabNames));
  }

  /** Takes a fresh read, or keeps the last good copy when the tasks cannot be read from it. */
  private accept(version: string, read: TabValues[]): void {
    const { logger } = this.options;
    const { tabs, reason } = checkRead(this.template, read, this.lastGood);
    if (reason === null) {
      if (this.currentHealth.unreadable) logger?.info('Bảng tính đã đọc lại được.');
      this.sheet = { version, tabs };
      this.lastGood = { version, readAt: new Date().toISOString(), tabs };
      this.saveCopy(this.lastGood);
      this.currentHealth = { ...HEALTHY, movedHeaders: movedHeaders(tabs) };
    } else {
      if (this.currentHealth.unreadable !== reason)
        logger?.error({ reason }, 'Không đọc được bảng tính; bot trả lời theo bản đọc được lần trước và chưa ghi gì');
      this.currentHealth = {
        ...HEALTHY,
        unreadable: reason,
        since: this.currentHealth.since ?? new Date().toISOString(),
        answeringFrom: this.lastGood?.readAt ?? null,
      };
      // Remember the version read, so the same mangled sheet is not read again every check.
      this.sheet = { version, tabs: this.lastGood?.tabs ?? tabs };
    }
    this.rebuild();
  }

  /** The first read failed: a copy and a passing outage start the bot; anything else stops it. */
  private startFromCopy(error: unknown): void {
    const { lastGood } = this;
    if (!lastGood || !isTransient(error)) throw error;
    this.options.logger?.warn(
      { error: safeMessage(error), copyReadAt: lastGood.readAt },
      'Chưa đọc được bảng tính; bot chạy từ bản sao lần trước và sẽ đọc lại sau',
    );
    this.sheet = { version: lastGood.version, tabs: lastGood.tabs };
    this.currentHealth = {
      ...HEALTHY,
      unreachable: describeSheetError(error),
      since: new Date().toISOString(),
      answeringFrom: lastGood.readAt,
    };
    this.rebuild();
  }

  private saveCopy(copy: SheetCopy): void {
    const { copyPath, logger } = this.options;
    if (!copyPath) return;
    this.saving = this.saving
      .then(() => writeSheetCopy(copyPath, copy))
      .catch((error: unknown) => logger?.warn({ error: safeMessage(error) }, 'Không lưu được bản sao bảng tính'));
  }

  private unreachable(error: unknown): void {
    this.currentHealth = {
      ...this.currentHealth,
      unreachable: describeSheetError(error),
      since: this.currentHealth.since ?? new Date().toISOString(),
    };
  }

  /** Google answers again: what was said about the outage no longer holds. */
  private back(): void {
    if (this.currentHealth.unreadable) this.currentHealth = { ...this.currentHealth, unreachable: null };
    else this.currentHealth = { ...HEALTHY };
  }
}

/** The tabs as read, header rows anchored, and why the sheet cannot be used (null when it can). */
function checkRead(
  template: SheetTemplate,
  read: TabValues[],
  lastGood: SheetCopy | null,
): { tabs: TabValues[]; reason: string | null } {
  const tasksTab = template.tab('tasks');
  const tabs = read.map((values) => {
    const tab = template.tabs.find((t) => t.name === values.name);
    return tab ? anchorHeader(tab, values) : values;
  });
  let reason = unreadableReason(template, tabs);
  const tasksNow = tabs.find((t) => t.name === tasksTab.name);
  const hadTasks = lastGood?.tabs.some((t) => t.name === tasksTab.name && t.rows.length > 0) ?? false;
  if (reason === null && hadTasks && (tasksNow?.headers.length ?? 0) === 0) {
    reason = `Không thấy trang «${tasksTab.name}» hoặc hàng tiêu đề của nó (có thể đã bị xóa hoặc đổi tên).`;
  }
  return { tabs, reason };
}

/** Tabs whose header row stands below rows a coordinator added: 1-based row. */
function movedHeaders(tabs: readonly TabValues[]): { tab: string; row: number }[] {
  return tabs.flatMap((t) => ((t.headerIndex ?? 0) > 0 ? [{ tab: t.name, row: (t.headerIndex ?? 0) + 1 }] : []));
}
