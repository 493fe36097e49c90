import { agencyInMessage, type AgencyLookup } from '#src/domain/agencies/index.js';
import type { Parsed } from './types.js';

/** The agencies module's reading of a message's agency, set on what the message was parsed into. */
export function withAgency(parsed: Parsed, text: string, agencies: AgencyLookup, exact: boolean): Parsed {
  const found = agencyInMessage(text, agencies, exact);
  return found === null ? parsed : { ...parsed, ...found };
}
