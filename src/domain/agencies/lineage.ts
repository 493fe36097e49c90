/**
 * Who took over whose work: the successor links of the directory (the 2025 mergers of
 * departments, the Cơ quan tab's Kế nhiệm column) and of the communes and wards merged away on
 * 1 July 2025, followed both ways: an old unit to the one doing its work today, and a unit to
 * every one merged into it, including former communes nobody has named yet (from the list).
 */
import type { AgencyKind } from '../agency.js';
import type { AgencyEntry } from './builtin.js';
import { formerUnitsOf, type Commune } from './communes.js';

/** An entry the directory makes for a name it does not list (a district, a commune, a successor). */
export function blankEntry(name: string, kind: AgencyKind, successor = ''): AgencyEntry {
  return { name, aliases: [], kind, memberKinds: [], successor, telegram: [], zalo: [], groupChat: '' };
}

export class Lineage {
  private readonly successors = new Map<AgencyEntry, AgencyEntry>();
  private readonly predecessors = new Map<AgencyEntry, AgencyEntry[]>();
  private readonly communeOf = new Map<AgencyEntry, Commune>();
  private readonly entryOfCommune = new Map<Commune, AgencyEntry>();

  /** `to` does `from`'s work now. */
  link(from: AgencyEntry, to: AgencyEntry): void {
    if (to === from) return;
    this.successors.set(from, to);
    const list = this.predecessors.get(to);
    if (!list) this.predecessors.set(to, [from]);
    else if (!list.includes(from)) list.push(from);
  }

  /** `entry` was made for this unit of the list of communes. */
  noteCommune(entry: AgencyEntry, commune: Commune): void {
    this.communeOf.set(entry, commune);
    this.entryOfCommune.set(commune, entry);
  }

  /** The last agency in the successor chain, or undefined when this one was not merged away. */
  final(entry: AgencyEntry): AgencyEntry | undefined {
    let cur = this.successors.get(entry);
    const seen = new Set<AgencyEntry>([entry]);
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const next = this.successors.get(cur);
      if (!next || seen.has(next)) return cur;
      cur = next;
    }
    return cur;
  }

  /** Every agency whose successor chain leads to `agency`, nearest first. */
  predecessorsOf(agency: AgencyEntry): AgencyEntry[] {
    const found: AgencyEntry[] = [];
    const queue = [agency];
    for (let cur = queue.shift(); cur; cur = queue.shift()) {
      for (const p of [...(this.predecessors.get(cur) ?? []), ...this.formerEntries(cur)]) {
        if (p === agency || found.includes(p)) continue;
        found.push(p);
        queue.push(p);
      }
    }
    return found;
  }

  /**
   * The entries of the communes a 2025 commune took in, met yet or not (by the list, not by name:
   * "phường Quang Trung" may name a ward in force elsewhere, yet Phan Đình Phùng took one in).
   */
  private formerEntries(entry: AgencyEntry): AgencyEntry[] {
    const commune = this.communeOf.get(entry);
    if (!commune || commune.successor) return [];
    return formerUnitsOf(commune).map((former) => {
      let made = this.entryOfCommune.get(former);
      if (!made) {
        made = blankEntry(`UBND ${former.unit} ${former.name}`, 'commune', entry.name);
        this.noteCommune(made, former);
        this.link(made, entry);
      }
      return made;
    });
  }
}
