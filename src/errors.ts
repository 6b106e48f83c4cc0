/**
 * Errors meant for the person at the terminal. Each renders as one line: what went wrong, where,
 * and what to do. They are thrown anywhere and rendered once, at the top of the CLI.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** Bad input from the user: a flag, a file, an id. Exit code 2, as commander uses for usage errors. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** One problem in one case file, located as precisely as the file allows. */
export interface CaseProblem {
  file: string;
  line?: number;
  column?: number;
  /** Field path such as steps[2].criteria[0].dimension. */
  path?: string;
  message: string;
}

export function formatCaseProblem(p: CaseProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** Case files that cannot be used; carries every problem found, not only the first. */
export class CaseFileError extends UserError {
  readonly problems: CaseProblem[];
  constructor(problems: CaseProblem[]) {
    super(problems.map(formatCaseProblem).join('\n'));
    this.name = 'CaseFileError';
    this.problems = problems;
  }
}

/**
 * The grader could not produce a grade (endpoint down, bad key, unparseable output). Kept apart
 * from a low score: a broken grader must never look like a weak answer.
 */
export class GraderError extends UserError {
  constructor(message: string) {
    super(message, 3);
    this.name = 'GraderError';
  }
}

/** The user pressed Ctrl-C at a prompt. */
export class InterruptedError extends UserError {
  constructor(message = 'Interrupted.') {
    super(message, 130);
    this.name = 'InterruptedError';
  }
}
