// The bundled library and an offline grader over it, as the measuring scripts use them (after `npm run build`).
import { loadLibrary } from '../../dist/src/cases/library.js';
import { OfflineGrader } from '../../dist/src/grading/offline.js';

export async function offlineGrader() {
  const library = await loadLibrary();
  const cases = new Map(library.entries.map((e) => [e.id, e.case]));
  return { cases, grader: new OfflineGrader([...cases.values()]) };
}
