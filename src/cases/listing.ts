import type { Case } from './schema.js';

/** What a list or a picker shows of a case: known from the build's index without reading the case. */
export type CaseListing = Pick<Case, 'id' | 'title' | 'tags'>;

export function listingOf(c: CaseListing): CaseListing {
  return { id: c.id, title: c.title, tags: c.tags };
}
