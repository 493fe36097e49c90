import Fuse from 'fuse.js';
import { fold } from '#src/domain/text.js';
import type { Task } from '#src/domain/task.js';
import type { Snapshot } from '#src/store/snapshot.js';

/**
 * Finding a task by words of its content, for people who do not remember its ID ("/xem dân vận
 * khéo", "tìm việc chuyển đổi số"). Contents are long sentences typed with or without diacritics,
 * so fuse.js searches the folded text for the words as a phrase, fuzzily and anywhere in the
 * content (a typo or a missing tone mark still finds it). One index per snapshot, built on the
 * first search.
 */
interface Indexed {
  task: Task;
  text: string;
}

const indexes = new WeakMap<Snapshot, Fuse<Indexed>>();
const MAX_WORDS = 10;
/** Matches this close to the best one are shown with it. */
const CLOSE = 0.05;

function indexOf(snapshot: Snapshot): Fuse<Indexed> {
  const cached = indexes.get(snapshot);
  if (cached) return cached;
  const fuse = new Fuse(
    snapshot.tasks.map((task) => ({ task, text: fold(task.content) })),
    // The words as one phrase, found fuzzily anywhere in the content: single short words matched
    // one by one ("dan", "van") were found in almost every task.
    // Long contents are not penalised for their length (ignoreFieldNorm): the phrase is what counts.
    {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.3,
      minMatchCharLength: 3,
    },
  );
  indexes.set(snapshot, fuse);
  return fuse;
}

/** Words that say what is asked, not what the task is about. */
const FILLER = new Set([
  'viec',
  'nhiem',
  'vu',
  'nv',
  've',
  'cua',
  'cac',
  'nhung',
  'lien',
  'quan',
  'den',
  'toi',
  'co',
  'la',
  'gi',
  'nao',
]);

/** Tasks whose content holds the query's words, best first; tasks in `prefer` first among equals. */
export function searchTasks(
  snapshot: Snapshot,
  query: string,
  prefer: ReadonlySet<Task> = new Set(),
  limit = 6,
): Task[] {
  // The first few words say what is looked for; a pasted paragraph would only make fuse slow.
  const words = fold(query)
    .split(' ')
    .slice(0, MAX_WORDS)
    .filter((word) => word !== '' && !FILLER.has(word));
  if (words.length === 0) return [];
  const found = indexOf(snapshot).search(words.join(' '));
  // Only the closest: when the phrase is there as typed, a looser match is another subject.
  const best = found[0]?.score ?? 0;
  return found
    .filter((result) => (result.score ?? 1) <= best + CLOSE)
    .map((result) => ({
      task: result.item.task,
      score: (result.score ?? 1) - (prefer.has(result.item.task) ? CLOSE / 2 : 0),
    }))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((hit) => hit.task);
}
