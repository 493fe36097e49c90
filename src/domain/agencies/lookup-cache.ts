import type { Agency } from '../agency.js';
import { createDirectory } from './directory.js';
import { provincesNamedIn } from './provinces-named.js';
import type { AgencyLookup } from './lookup.js';
import { createAgencyResolver } from './resolver.js';

/** What the lookup is built from: the sheet's Cơ quan rows and its plans' issuers (the store snapshot has both). */
export interface AgencySource {
  readonly agencies: readonly Agency[];
  readonly plans: readonly { readonly issuer: string }[];
}

/**
 * The agency lookup for the current sheet: the built-in directory extended by the Cơ quan
 * tab. Rebuilt only when the snapshot changes, so a question never rebuilds indexes.
 */
export function createAgencyLookupCache(snapshot: () => AgencySource): () => AgencyLookup {
  let builtFor: AgencySource | null = null;
  let lookup: AgencyLookup | null = null;
  return () => {
    const current = snapshot();
    if (lookup && builtFor === current) return lookup;
    lookup = createAgencyLookup(
      current.agencies,
      current.plans.map((plan) => plan.issuer),
    );
    builtFor = current;
    return lookup;
  };
}

/**
 * `issuers` are the plans' issuers ("UBND tỉnh Thái Nguyên"): a district name that several
 * provinces share is read as the one in the plans' province.
 */
export function createAgencyLookup(sheetAgencies: readonly Agency[], issuers: readonly string[] = []): AgencyLookup {
  const directory = createDirectory(sheetAgencies, { provinces: provincesNamedIn(issuers) });
  const resolver = createAgencyResolver(directory);
  const canonical = new Map<string, string>();
  return {
    resolve: (text) => resolver.resolve(text),
    findInText: (text) => resolver.findInText(text),
    canonical(name) {
      let found = canonical.get(name);
      if (found === undefined) {
        const result = resolver.resolve(name);
        found = result.kind === 'match' ? result.agency.name : name;
        canonical.set(name, found);
      }
      return found;
    },
    groupsContaining: (name) => directory.groupsContaining(name),
    successorOf: (name) => directory.successorOf(name),
    currentOf: (name) => directory.currentOf(name),
    predecessorsOf: (name) => directory.predecessorsOf(name),
  };
}
