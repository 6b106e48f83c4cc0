import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const APP = 'mlsd-coach';

let root: string | undefined;

/** The installed package's folder (it holds cases/ and prompts/), found from this file upwards. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === APP) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${APP} package folder above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function bundledCasesDir(): string {
  return join(packageRoot(), 'cases');
}

export function promptsDir(): string {
  return join(packageRoot(), 'prompts');
}

type Env = NodeJS.ProcessEnv;

function base(kind: 'data' | 'config' | 'cache', env: Env): string {
  const home = env.HOME || homedir();
  if (process.platform === 'win32') {
    const local = env.LOCALAPPDATA || join(home, 'AppData', 'Local');
    const roaming = env.APPDATA || join(home, 'AppData', 'Roaming');
    return kind === 'config' ? join(roaming, APP) : join(local, APP, kind === 'cache' ? 'Cache' : 'Data');
  }
  if (process.platform === 'darwin' && !env[`XDG_${kind.toUpperCase()}_HOME`]) {
    if (kind === 'cache') return join(home, 'Library', 'Caches', APP);
    return join(home, 'Library', kind === 'config' ? 'Preferences' : 'Application Support', APP);
  }
  const xdg = { data: env.XDG_DATA_HOME, config: env.XDG_CONFIG_HOME, cache: env.XDG_CACHE_HOME }[kind];
  const fallback = { data: join(home, '.local', 'share'), config: join(home, '.config'), cache: join(home, '.cache') }[kind];
  return join(xdg || fallback, APP);
}

/** Sessions and history. MLSD_DATA_DIR overrides the platform's user data folder. */
export function dataDir(env: Env = process.env): string {
  return env.MLSD_DATA_DIR || base('data', env);
}

export function configFile(env: Env = process.env): string {
  return env.MLSD_CONFIG || join(base('config', env), 'config.json');
}

export function cacheDir(env: Env = process.env): string {
  return env.MLSD_CACHE_DIR || base('cache', env);
}
