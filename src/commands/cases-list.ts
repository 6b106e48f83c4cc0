import type { IO } from '../io.js';
import { print } from '../io.js';
import { table } from '../ui/text.js';
import { openLibrary, type LibraryOptions } from './library-options.js';

export async function runCasesList(opts: LibraryOptions & { json?: boolean }, io: IO): Promise<number> {
  const library = await openLibrary(opts, io);
  const rows = library.entries.map(({ case: c, origin, file }) => ({
    id: c.id,
    title: c.title,
    tags: c.tags,
    difficulty: c.tags.difficulty,
    origin,
    file,
  }));
  if (opts.json) {
    print(io, JSON.stringify(rows, null, 2));
    return 0;
  }
  const { color } = io;
  print(
    io,
    table([
      ['ID', 'TITLE', 'DOMAIN', 'TASK', 'DIFFICULTY'].map((h) => color.bold(h)),
      ...rows.map((r) => [color.cyan(r.id), r.title + (r.origin === 'user' ? color.dim(' (yours)') : ''), r.tags.domain, r.tags.task, r.difficulty]),
    ]),
  );
  print(io, color.dim(`\n${rows.length} cases. Details: mlsd cases show ID. Practise: mlsd drill ID or mlsd mock ID.`));
  return 0;
}
