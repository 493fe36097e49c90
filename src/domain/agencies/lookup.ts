import type { Agency } from '../agency.js';

/** What the conversation needs to know about agencies, whatever the directory's source. */
export type AgencyResolution =
  | { kind: 'match'; agency: Agency; /** 1 for an exact name or alias, less for a prefix or a typo. */ score: number }
  | { kind: 'ambiguous'; candidates: Agency[] }
  | { kind: 'unknown'; suggestions: Agency[] };

export interface AgencyLookup {
  /** The agency part of a message ("stp", "Sở Tư pháp") → an agency of the directory. */
  resolve(text: string): AgencyResolution;
  /** The agency mentioned somewhere in a longer message, if any. */
  findInText(text: string): Agency | null;
  /** A name as written in a plan → the directory's name, or the name itself when unknown. */
  canonical(name: string): string;
  /** Groups such as "Các sở, ban, ngành" that include this agency. */
  groupsContaining(name: string): Agency[];
  /** The agency that now holds this one's work (2025 mergers), if any. */
  successorOf(name: string): Agency | null;
  /** The agency that does this one's work today: its final successor, or itself (null when unknown). */
  currentOf(name: string): Agency | null;
  /** Every agency merged into this one, directly or not: departments, and communes and wards of before 2025. */
  predecessorsOf(name: string): Agency[];
}
