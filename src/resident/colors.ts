// The colour level chalk would pick for a stream of the asking command, worked out in the resident
// grader from that command's environment: chalk decides once, from its own process's streams and
// environment, and the resident grader's are not the command's.

/** FORCE_COLOR as chalk reads it: "" or "true" is 1, "false" is 0, a number is that level (at most 3). */
function forced(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? undefined : Math.min(level, 3);
}

/** What supports-color (chalk's) answers for a stream that is, or is not, a terminal, on a Unix. */
export function streamColorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = forced(env);
  if (force === 0) return 0;
  if (!isTTY && force === undefined) return 0;
  const min = (force ?? 0) as 0 | 1 | 2 | 3;
  const term = env.TERM ?? '';
  if (term === 'dumb') return min;
  if ('CI' in env) {
    if ('GITHUB_ACTIONS' in env || 'GITEA_ACTIONS' in env) return 3;
    if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'].some((k) => k in env) || env.CI_NAME === 'codeship') return 1;
    return min;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION!) ? 1 : 0;
  if (env.COLORTERM === 'truecolor' || term === 'xterm-kitty') return 3;
  if (env.TERM_PROGRAM === 'iTerm.app') return Number.parseInt((env.TERM_PROGRAM_VERSION ?? '').split('.')[0]!, 10) >= 3 ? 3 : 2;
  if (env.TERM_PROGRAM === 'Apple_Terminal') return 2;
  if (/-256(color)?$/i.test(term)) return 2;
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(term)) return 1;
  if ('COLORTERM' in env) return 1;
  return min;
}
