import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { createAgencyLookup, type AgencyLookup } from '#src/domain/agencies/index.js';
import type { Agency } from '#src/domain/agency.js';
import { newTask, type Task } from '#src/domain/task.js';
import type { TaskStore } from '#src/store/task-store.js';
import { extractPlan, type ExtractedPlan, type ExtractedTask } from './extract.js';
import { planIdentity } from './ids.js';
import { PlanReadError, readDocument, type PlanDocument } from './read.js';
import { diffImport, type ImportDiff } from './reimport.js';

/**
 * From extracted plans to sheet rows. Re-importing adds nothing twice: tasks already in
 * the sheet (same ID) are left alone, and those whose text changed are only reported,
 * because the sheet is the coordinators' record and may hold their corrections.
 */
export interface PlannedImport {
  file: string;
  extracted: ExtractedPlan;
  diff: ImportDiff;
  /** Agency names of the plan that the directory does not know, added to the Cơ quan tab. */
  newAgencies: string[];
}

export type ImportAttempt = { ok: true; planned: PlannedImport } | { ok: false; file: string; error: string };

export async function planImport(store: TaskStore, agencies: AgencyLookup, file: string): Promise<ImportAttempt> {
  let doc: PlanDocument;
  try {
    doc = await readDocument(file);
  } catch (error) {
    if (error instanceof PlanReadError) return { ok: false, file, error: error.message };
    throw error;
  }
  const snapshot = store.snapshot();
  // The same plan (number + issuer, or title + issuer) keeps its key, so its task IDs stay
  // the same; a different plan gets a key no other plan holds.
  const name = basename(file);
  const first = extractPlan(doc, name).plan;
  const identity = planIdentity(first);
  // A plan imported before its issuer was read as the commune, ward or Sở that wrote it (it was the
  // province then) is still the same plan: same number, and the key that number gives.
  const stored =
    snapshot.plans.find((plan) => planIdentity(plan) === identity) ??
    snapshot.plans.find((plan) => first.number.trim() !== '' && plan.number === first.number && plan.key === first.key);
  const existing = stored ? snapshot.tasks.filter((task) => task.planKey === stored.key) : [];
  const extracted = stored
    ? extractPlan(doc, name, { key: stored.key, previousTasks: existing })
    : extractPlan(doc, name, { takenKeys: new Set(snapshot.plans.map((plan) => plan.key)) });
  const diff = diffImport(extracted, { tasks: existing });
  const known = new Set(snapshot.agencies.map((a) => a.name));
  const newAgencies = [...new Set(diff.added.flatMap((t) => [...t.lead, ...t.coordinating]))].filter(
    (name) => !known.has(name) && agencies.resolve(name).kind !== 'match',
  );
  return { ok: true, planned: { file, extracted, diff, newAgencies } };
}

export async function writeImport(store: TaskStore, planned: PlannedImport): Promise<number> {
  const { plan } = planned.extracted;
  if (planned.diff.added.length === 0) return 0;
  await store.addPlan({
    plan,
    tasks: planned.diff.added.map((task) => toTask(plan.key, task)),
    agencies: planned.newAgencies.map(newAgency),
  });
  return planned.diff.added.length;
}

function toTask(planKey: string, task: ExtractedTask): Task {
  const { id, order, kind, content, lead, coordinating, deadlineText, deadline, recurrence, product } = task;
  // An empty Sản phẩm is no Sản phẩm: the row reads back the same either way.
  const planned = { id, planKey, order, kind, content, lead, coordinating, deadlineText, deadline, recurrence };
  return newTask(product === '' ? planned : { ...planned, product });
}

function newAgency(name: string): Agency {
  return { name, aliases: [], kind: 'other', memberKinds: [], successor: '', telegram: [], zalo: [], groupChat: '' };
}

export const DEMO_PLANS_DIR = fileURLToPath(new URL('../../data/plans', import.meta.url));

/**
 * The embedded default: on an empty sheet, import the demo plans so the first question
 * is answered from real plans. Returns how many plans were imported.
 */
export async function importDemoPlansIfEmpty(
  store: TaskStore,
  logger: Logger,
  dir: string = DEMO_PLANS_DIR,
): Promise<number> {
  const snapshot = store.snapshot();
  if (snapshot.tasks.length > 0 || snapshot.plans.length > 0) return 0;
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.(txt|md|docx|pdf)$/i.test(f))
      .sort();
  } catch {
    logger.warn({ dir }, 'Không tìm thấy thư mục kế hoạch mẫu; bảng tính để trống.');
    return 0;
  }
  let imported = 0;
  for (const file of files) {
    const attempt = await planImport(store, createAgencyLookup(store.snapshot().agencies), join(dir, file));
    if (!attempt.ok) {
      logger.warn({ file: basename(file) }, attempt.error);
      continue;
    }
    if ((await writeImport(store, attempt.planned)) > 0) imported += 1;
  }
  logger.info(`Đã nạp ${imported} kế hoạch mẫu từ data/plans (${store.snapshot().tasks.length} nhiệm vụ).`);
  return imported;
}
