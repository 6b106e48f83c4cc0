import type { IO } from '../io.js';
import { print, printJson } from '../io.js';
import { SessionStore } from '../interview/store.js';
import { caseIdsOf, latestScore } from '../interview/session.js';
import { fitTable } from '../ui/text.js';
import { openLibrary, type LibraryOptions } from './library-options.js';

export async function runCasesList(opts: LibraryOptions & { json?: boolean }, io: IO): Promise<number> {
  const library = await openLibrary(opts, io);
  const rows = library.entries.map(({ listing: c, origin, file }) => ({
    id: c.id,
    title: c.title,
    tags: c.tags,
    difficulty: c.tags.difficulty,
    origin,
    file,
  }));
  if (opts.json) {
    printJson(io, rows);
    return 0;
  }
  const { color } = io;
  const practised = practiceByCase(io);
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : undefined;
  print(
    io,
    fitTable(
      [
        ['ID', 'TITLE', 'BEST', 'LAST', 'DIFFICULTY', 'DOMAIN', 'TASK'].map((h) => color.bold(h)),
        ...rows.map((r) => {
          const p = practised.get(r.id);
          return [color.cyan(r.id), r.title + (r.origin === 'user' ? color.dim(' (yours)') : ''), p?.best === undefined ? '-' : String(p.best), p ? p.last.slice(0, 10) : '-', r.difficulty, r.tags.domain, r.tags.task];
        }),
      ],
      width,
      { drop: [6, 5, 4], shrink: 1 },
    ),
  );
  print(io, color.dim(`\n${rows.length} cases. Details: mlsd cases show ID. Practise: mlsd drill ID or mlsd mock ID.`));
  return 0;
}

/** Your best score and when you last practised, per case; an unreadable data folder shows none. */
function practiceByCase(io: IO): Map<string, { best: number | undefined; last: string }> {
  const out = new Map<string, { best: number | undefined; last: string }>();
  let sessions: ReturnType<SessionStore['list']> = [];
  try {
    sessions = new SessionStore(io.env).list();
  } catch {
    return out;
  }
  for (const s of sessions) {
    const score = latestScore(s);
    for (const id of caseIdsOf(s)) {
      const known = out.get(id);
      const best = score === null ? known?.best : Math.max(score, known?.best ?? 0);
      out.set(id, { best, last: known && known.last > s.updatedAt ? known.last : s.updatedAt });
    }
  }
  return out;
}
