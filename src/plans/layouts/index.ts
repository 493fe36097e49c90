/**
 * The ways plans hand out work, and which of them makes the task list. Precedence is data:
 * the primary layouts give the list (every draft kept); the secondary ones give it only when
 * no primary layout found anything, and otherwise add just the work the list lacks (rule
 * «restated-duty» in extract.ts). A new layout is one file here and one line below.
 */
import type { PlanLayout } from '../types.js';
import { actorItemsLayout } from './actor-items.js';
import { agencySectionsLayout } from './agency-sections.js';
import { appendixTableLayout } from './appendix-table.js';
import { inlineBlocksLayout } from './inline-blocks.js';

export interface LayoutPrecedence {
  primary: readonly PlanLayout[];
  secondary: readonly PlanLayout[];
}

export const LAYOUT_PRECEDENCE: LayoutPrecedence = {
  primary: [appendixTableLayout, inlineBlocksLayout],
  // Agency sections before actor items: a paragraph read by both is the section's duty.
  secondary: [agencySectionsLayout, actorItemsLayout],
};
