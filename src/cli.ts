// The entry point of the ES module bundle (Node 22 and later; see bin/mlsd.js).
import { run } from './run.js';

await run();
