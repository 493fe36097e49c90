import type { TabValues } from './port.js';
import { mapHeaders, type SheetTemplate, type TemplateTab } from './template.js';

/**
 * Whether the sheet as read can be trusted, and where its header rows are. Coordinators
 * put a title above the header row, rename or delete a header: the bot must neither say
 * «the sheet is empty» nor write blind, so the store keeps answering from the last good
 * copy and refuses writes while a tab it needs cannot be read.
 */
export interface SheetHealth {
  /** Why the sheet cannot be read now (Vietnamese, for people), or null when it can. */
  unreadable: string | null;
  /** Why Google cannot be reached now (Vietnamese), or null. Writes still queue meanwhile. */
  unreachable: string | null;
  /** ISO instant the current trouble began (unreadable or unreachable), or null. */
  since: string | null;
  /** ISO instant the copy the answers come from was read, when it is not the sheet as it stands. */
  answeringFrom: string | null;
  /** Bot-owned tabs found deleted and created again (the Nhật ký), with when. */
  recreatedTabs: readonly TabRepair[];
  /** Tabs whose header row stands below rows a coordinator added (a title): 1-based row. */
  movedHeaders: readonly { tab: string; row: number }[];
}

export interface TabRepair {
  tab: string;
  /** ISO instant. */
  at: string;
}

export const HEALTHY: SheetHealth = {
  unreadable: null,
  unreachable: null,
  since: null,
  answeringFrom: null,
  recreatedTabs: [],
  movedHeaders: [],
};

/** Rows looked at for the header row: a title, a subtitle and a blank line are common. */
const HEADER_SCAN = 10;

/**
 * The 0-based row holding the tab's header: the first of the top rows that names the most
 * template columns (at least two). 0 when none does.
 */
export function findHeaderRow(tab: TemplateTab, values: readonly (readonly string[])[]): number {
  let best = 0;
  let bestCount = 1;
  values.slice(0, HEADER_SCAN).forEach((row, index) => {
    const count = mapHeaders(tab, row).size;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/** The tab with its header found under any title rows above it. */
export function anchorHeader(tab: TemplateTab, values: TabValues): TabValues {
  const all = [values.headers, ...values.rows];
  const at = findHeaderRow(tab, all);
  if (at === 0) return values;
  return {
    name: values.name,
    headers: all[at] ?? [],
    rows: all.slice(at + 1),
    headerIndex: (values.headerIndex ?? 0) + at,
  };
}

/** Null when the tasks tab can be read; otherwise what is wrong, in Vietnamese. */
export function unreadableReason(template: SheetTemplate, tabs: readonly TabValues[]): string | null {
  const tab = template.tab('tasks');
  const values = tabs.find((t) => t.name === tab.name);
  const hasRows = (values?.rows ?? []).some((row) => row.some((cell) => cell.trim() !== ''));
  if (!values || (values.headers.length === 0 && !hasRows)) return null; // a new, empty sheet
  const columns = mapHeaders(tab, values.headers);
  const id = tab.columns.find((c) => c.key === 'id')?.header ?? 'Mã';
  if (columns.size < 2) {
    return `Trang «${tab.name}» không còn hàng tiêu đề cột mà bot nhận ra (có thể đã bị xóa hoặc sửa).`;
  }
  if (!columns.has('id') && hasRows) {
    return `Trang «${tab.name}» không có cột «${id}» (tiêu đề cột có thể đã bị đổi tên hoặc xóa), nên bot không biết dòng nào là nhiệm vụ nào.`;
  }
  return null;
}
