// Node's own modules only: the resident grader's asking side (src/resident/client.ts) runs the pager
// for a grade done elsewhere, and must not load the program to do it.

/**
 * Shows text through $PAGER (else `less -R`), on the terminal this process holds. False when no
 * pager ran or it failed, so that the caller prints the text itself.
 */
export function runPager(text: string, env: NodeJS.ProcessEnv): boolean {
  const pager = env.PAGER?.trim() || 'less -R';
  const [command, ...args] = pager.split(/\s+/);
  // less: quit if it fits after all, and keep the screen afterwards.
  const extra = command === 'less' ? ['-F', '-X'] : [];
  // Loaded here: most output is not paged, and child_process costs every start-up otherwise.
  const { spawnSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const result = spawnSync(command!, [...args, ...extra], { input: `${text}\n`, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESSCHARSET: 'utf-8' } });
  return !(result.error || (result.status !== 0 && result.status !== null));
}
