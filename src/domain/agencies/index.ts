/**
 * The agencies module: its only public surface. Everything about who a task is given to lives
 * behind it: the built-in directory and the coordinators' Cơ quan rows merged over it
 * (builtin.ts, merge.ts, directory.ts), name keys (names.ts), the districts before 2025 and the
 * communes and wards since 1 July 2025 (districts.ts, communes.ts), fuzzy matching (trigrams.ts,
 * edit-distance.ts, fuzzy.ts), and the resolver that turns typed text into an agency
 * (resolver.ts, in-text.ts, in-message.ts), served as one `AgencyLookup` per sheet
 * (lookup-cache.ts). Pure: no I/O, nothing from outside src/domain/. A lint rule keeps every
 * other file of the folder private.
 */
export type { AgencyLookup, AgencyResolution } from './lookup.js';
export { createAgencyLookup, createAgencyLookupCache, type AgencySource } from './lookup-cache.js';
export { agencyInMessage, OWN_AGENCY, type AgencyInMessage } from './in-message.js';
export { BUILTIN_AGENCIES, type AgencyEntry } from './builtin.js';
export { createDirectory, type AgencyDirectory, type DirectoryOptions } from './directory.js';
export { createAgencyResolver, type AgencyResolver } from './resolver.js';
export { communeWordsAt } from './communes.js';
export { trailingProvinceLength } from './province-names.js';
