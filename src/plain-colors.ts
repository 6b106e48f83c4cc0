import { isatty } from 'node:tty';
import type { ChalkInstance } from 'chalk';

/**
 * Colours off, without loading chalk: what a chalk instance at level 0 returns, its arguments joined
 * by spaces and unstyled, through any chain of styles. Used only where chalk would pick level 0.
 */
export const PLAIN_COLORS: ChalkInstance = plainStyle(false);

// Chalk's colour models take a colour first and return a style; `visible` styles print nothing.
const MODELS = new Set(['rgb', 'hex', 'ansi256', 'bgRgb', 'bgHex', 'bgAnsi256']);

function plainStyle(empty: boolean): ChalkInstance {
  const style: ChalkInstance = new Proxy(function () {}, {
    get: (_target, property) => {
      // Not a thenable (an async function may return it), nor anything else than styles.
      if (typeof property === 'symbol' || property === 'then') return undefined;
      if (property === 'level') return 0;
      if (property === 'visible') return plainStyle(true);
      return MODELS.has(property) ? () => style : style;
    },
    apply: (_target, _this, args: unknown[]) => (empty ? '' : args.length === 1 ? `${args[0]}` : args.join(' ')),
  }) as unknown as ChalkInstance;
  return style;
}

/**
 * Whether chalk's colour support check (its vendored supports-color) would find no colour for this
 * file descriptor: no FORCE_COLOR, no colour flag on the command line, not an Azure Pipelines agent,
 * not a terminal. When unsure, false: chalk decides.
 */
export function surelyColorless(fd: 1 | 2, env: NodeJS.ProcessEnv, argv: readonly string[] = process.argv): boolean {
  if ('FORCE_COLOR' in env || ('TF_BUILD' in env && 'AGENT_NAME' in env)) return false;
  if (argv.some((a) => /^--(no-)?colou?rs?\b/.test(a))) return false;
  return !isatty(fd);
}
