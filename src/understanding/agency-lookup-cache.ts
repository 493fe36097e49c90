import { createDirectory } from '#src/domain/agencies/directory.js';
import { provincesNamedIn } from '#src/domain/agencies/local-government.js';
import type { Snapshot } from '#src/store/snapshot.js';
import { createAgencyResolver } from './agency-resolver.js';
import type { AgencyLookup } from './agency-lookup.js';

/**
 * The agency lookup for the current sheet: the built-in directory extended by the Cơ quan
 * tab. Rebuilt only when the snapshot changes, so a question never rebuilds indexes.
 */
export function createAgencyLookupCache(snapshot: () => Snapshot): () => AgencyLookup {
  let builtFor: Snapshot | null = null;
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
export function createAgencyLookup(sheetAgencies: Snapshot['agencies'], issuers: readonly string[] = []): AgencyLookup {
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
  };
}
