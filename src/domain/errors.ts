/**
 * What went wrong, in one string, for a log line or a short message: an Error's message, or
 * the thrown value itself. The one place that describes an unknown thrown value.
 */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
