// How the commands phrase what to do next: the core returns facts, these turn them into commands.

/** The drill that works on one dimension across cases. */
export function focusCommand(dimension: string): string {
  return `mlsd drill --focus ${dimension}`;
}
