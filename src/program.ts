import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import { renderFailure } from './failure.js';
import { forScreen, isInteractive, type IO } from './io.js';
import { packageVersion } from './paths.js';

// commander is CommonJS: required directly, it skips the ES module wrapper and the scan of its
// exports that `import` costs (a few milliseconds on every start).
const { Command, InvalidArgumentError, Option } = createRequire(import.meta.url)('commander') as typeof Commander;

// Commander wiring only. Every action lazy-imports its command, so `mlsd --help` pays for
// commander alone, and `mlsd cases list` never loads openai or the prompt library.

/** What the program needs of the process it runs in: src/cli.ts passes the real one, tests their own. */
export interface Host {
  /** The streams and colours a command talks through. */
  io: () => Promise<IO>;
  /** Where commander writes help and usage errors, if not to process.stdout and process.stderr. */
  output?: Commander.OutputConfiguration;
  /** The exit status a command ends with. */
  setExitCode: (code: number) => void;
  /** Ends the run at once (help, version, usage errors). */
  exit: (code: number) => never;
  /**
   * Ends the run once what it printed has been flushed, for a command that has finished: after a
   * grade Node would otherwise wait for V8 to finish a garbage collection it began meanwhile.
   */
  endPromptly?: () => Promise<void>;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('Expected a positive number.');
  return n;
}

function positiveInteger(value: string): number {
  const n = positiveNumber(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('Expected a whole number.');
  return n;
}

const casesDirOption = () =>
  new Option('--cases-dir <dir>', 'also load cases from this folder (repeatable)').argParser(collect);
const modelOption = () => new Option('--model <name>', 'LLM model name (else MLSD_MODEL, the config file, or the default)');
const graderOption = () =>
  new Option('--grader <kind>', 'which grader: auto uses the LLM when one is configured')
    .choices(['auto', 'offline', 'llm'])
    .default('auto');

const fitted = (stream: NodeJS.WriteStream) => (text: string) => {
  stream.write(forScreen(stream, text));
};

/** Runs the command `argv` (process.argv: node, the script, then the arguments) names. */
export async function main(argv: readonly string[], host: Host): Promise<void> {
  // The streams and colours are set up only when a command runs: --help never loads chalk.
  async function run(action: (io: IO) => Promise<number>, { endPromptly = false } = {}): Promise<void> {
    const io = await host.io();
    try {
      host.setExitCode(await action(io));
    } catch (error) {
      host.setExitCode(renderFailure(error, io));
    }
    // Only after heavy work: after a light command, ending by hand costs more than it saves.
    if (endPromptly) await host.endPromptly?.();
  }

  const program = new Command('mlsd')
    .description('A coach for machine-learning system design interviews: drills, mock interviews, and grading.')
    .version(packageVersion(), '-V, --version')
    // One line for bad input: the hint goes on the error's own line.
    .showHelpAfterError(false)
    // Help and usage errors fit a terminal by words, like everything else the coach prints.
    .configureOutput({ writeOut: fitted(process.stdout), writeErr: fitted(process.stderr), outputError: (text, write) => write(`${text.trimEnd()} (see mlsd --help)\n`), ...host.output })
    .addHelpText(
      'after',
      `
Start here:
  mlsd                      a menu (in a terminal)
  mlsd drill                practise one question, graded, with a follow-up
  mlsd mock                 a timed 45-minute mock interview
  mlsd review fraud-detection   a cheat sheet, no LLM and no network
  mlsd grade --case news-feed --answers answers.md

Grading uses an LLM when OPENAI_API_KEY or OPENAI_BASE_URL is set, else the offline grader.`,
    );

  // Defining a command costs commander some work for each option: a run that names a command
  // defines only that one (--help and the menu, which print the full help, define them all).
  const definitions: [name: string, define: () => void][] = [];
  function defineCommand(name: string, define: () => void): void {
    definitions.push([name, define]);
  }

  defineCommand('menu', () => {
    program
      .command('menu', { hidden: true })
      .description('the interactive menu')
      .addOption(casesDirOption())
      .action((opts) =>
        run(async (io) => {
          if (!isInteractive(io)) {
            io.stdout.write(program.helpInformation());
            return 0;
          }
          return (await import('./commands/menu.js')).runMenu(opts, io);
        }),
      );
  });

  defineCommand('cases', () => {
    const cases = program.command('cases').description('list, show and validate case studies');

    cases
      .command('list')
      .description('list the cases: id, title, your best score, when you last practised, difficulty and tags (as the width allows; --json has all)')
      .option('--json', 'print JSON')
      .addOption(casesDirOption())
      .action((opts) => run(async (io) => (await import('./commands/cases-list.js')).runCasesList(opts, io)));

    cases
      .command('show')
      .description('show one case: prompt, facts, and each step with its rubric')
      .argument('<id>', 'case id (see: mlsd cases list)')
      .option('--json', 'print the normalized case as JSON')
      .addOption(casesDirOption())
      .action((id, opts) => run(async (io) => (await import('./commands/cases-show.js')).runCasesShow(id, opts, io)));

    cases
      .command('validate')
      .description('check case files; with no path, the whole library (bundled and your folders)')
      .argument('[paths...]', 'case files or folders')
      .addOption(casesDirOption())
      .action((paths, opts) => run(async (io) => (await import('./commands/cases-validate.js')).runCasesValidate(paths, opts, io)));
  });

  defineCommand('grade', () => {
    program
      .command('grade')
      .description('grade a written answer set (YAML, JSON or Markdown) or a saved session')
      .argument('[case]', 'the case the answers are for (or --case)')
      .argument('[answers]', 'the answer file (or --answers)')
      .option('--case <id>', 'the case the answers are for')
      .option('--answers <file>', 'YAML/JSON mapping step id to answer, or Markdown with one "## <step>" heading a step; - reads standard input')
      .option('--session <id>', 'grade a saved session again')
      .addOption(graderOption())
      .addOption(modelOption())
      .option('--concurrency <n>', 'LLM requests at once', positiveInteger)
      .option('--no-cache', 'ask the LLM again even for an unchanged answer')
      .option('--json', 'print the grade as JSON')
      .option('--verbose', 'print every criterion with the quote that earned it')
      .addOption(casesDirOption())
      .action((caseId: string | undefined, answers: string | undefined, opts) =>
        run(async (io) => (await import('./commands/grade.js')).runGrade({ ...opts, case: opts.case ?? caseId, answers: opts.answers ?? answers }, io), { endPromptly: true }),
      );
  });

  defineCommand('drill', () => {
    program
      .command('drill')
      .description('practise one question at a time, graded, with a follow-up on your weakest gap')
      .argument('[case]', 'case id; omit to pick from a list')
      .option('--step <id>', 'the step to drill')
      .option('--focus <dimension>', 'drill one dimension across cases, such as cold-start')
      .addOption(graderOption())
      .addOption(modelOption())
      .addOption(casesDirOption())
      .action((caseId, opts) => run(async (io) => (await import('./commands/drill.js')).runDrill(caseId, opts, io)));
  });

  defineCommand('mock', () => {
    program
      .command('mock')
      .description('a timed mock interview: seven steps, a countdown, and a scorecard')
      .argument('[case]', 'case id; omit to pick from a list')
      .option('--minutes <n>', 'length of the interview', positiveNumber, 45)
      .addOption(new Option('--level <level>', 'the level you aim at: what the scorecard expects and how deep the probes go').choices(['mid', 'senior', 'staff']).default('senior'))
      .addOption(graderOption())
      .addOption(modelOption())
      .addOption(casesDirOption())
      .action((caseId, opts) => run(async (io) => (await import('./commands/mock.js')).runMock(caseId, opts, io)));
  });

  defineCommand('resume', () => {
    program
      .command('resume')
      .description('continue an unfinished session')
      .argument('[session]', 'session id; omit for the latest unfinished one')
      .addOption(graderOption())
      .addOption(modelOption())
      .addOption(casesDirOption())
      .action((id, opts) => run(async (io) => (await import('./commands/resume.js')).runResume(id, opts, io)));
  });

  defineCommand('review', () => {
    program
      .command('review')
      .description('a cheat sheet per step: talking points, rubric checklist, red flags, probes (no LLM, no network)')
      .argument('[case]', 'case id; omit to pick from a list (or all steps of a case in a pipe)')
      .option('--step <id>', 'only this step')
      .addOption(casesDirOption())
      .action((caseId, opts) => run(async (io) => (await import('./commands/review.js')).runReview(caseId, opts, io)));
  });

  defineCommand('history', () => {
    program
      .command('history')
      .description('your sessions: drills and mock interviews, with their scores; one session\'s dialogue; delete one or prune unfinished ones')
      .argument('[session]', 'show this session: its scores and, for a mock, the whole dialogue')
      .option('--json', 'print JSON')
      .option('--delete <session>', 'delete a session (asks first on a terminal)')
      .option('--prune <days>', 'delete unfinished sessions not touched for this many days', positiveNumber)
      .option('--yes', 'do not ask before deleting (for scripts)')
      .action((id, opts) => run(async (io) => (await import('./commands/history.js')).runHistory({ ...opts, show: id }, io)));
  });

  defineCommand('report', () => {
    program
      .command('report')
      .description('a shareable report of one session: answers, grades, evidence, pacing')
      .argument('<session>', 'session id (see: mlsd history)')
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .option('--force', 'overwrite the output file if it exists')
      .action((id, opts) => run(async (io) => (await import('./commands/report.js')).runReport(id, opts, io)));
  });

  defineCommand('progress', () => {
    program
      .command('progress')
      .description('your scores per dimension over time, your weakest dimension, and what to drill next')
      .option('--json', 'print JSON')
      .action((opts) => run(async (io) => (await import('./commands/progress.js')).runProgress(opts, io)));
  });

  defineCommand('next', () => {
    program
      .command('next')
      .description('what to do now: reviews due (what you missed, on a spaced schedule), then your weakest dimension, then a new case')
      .option('--json', 'print JSON')
      .addOption(casesDirOption())
      .action((opts) => run(async (io) => (await import('./commands/next.js')).runNext(opts, io)));
  });

  defineCommand('doctor', () => {
    program
      .command('doctor')
      .description('say whether grading will work and how: the LLM endpoint, key, model and what it accepts, or the offline grader')
      .addOption(modelOption())
      .option('--json', 'print JSON')
      .action((opts) => run(async (io) => (await import('./commands/doctor.js')).runDoctor(opts, io)));
  });

  defineCommand('calibrate', () => {
    program
      .command('calibrate')
      .description('grade the labelled answer set and report how well a grader agrees with the labels')
      .addOption(new Option('--grader <kind>', 'which grader').choices(['offline', 'llm']).default('offline'))
      .addOption(modelOption())
      .option('--runs <n>', 'grade each answer this many times, to measure consistency', positiveInteger, 1)
      .option('--concurrency <n>', 'LLM requests at once', positiveInteger)
      .option('--set <dir>', 'a labelled answer set other than the bundled one')
      .option('--json', 'print JSON')
      .option('--verbose', 'list every whole-interview result, not only the totals')
      .addOption(casesDirOption())
      .action((opts) => run(async (io) => (await import('./commands/calibrate.js')).runCalibrate(opts, io), { endPromptly: true }));
  });

  const named = definitions.find(([name]) => name === argv[2] && name !== 'menu');
  const helpAsked = argv.slice(2).some((arg) => arg === '--help' || arg === '-h' || arg === 'help');
  for (const [, define] of named && !helpAsked ? [named] : definitions) define();

  // Help and version exit 0; usage errors were already printed by commander, in one line, and exit 2
  // (bad input) from every subcommand too, which do not inherit an override set after they exist.
  const exitOnUsage = (error: { exitCode: number }) => host.exit(error.exitCode === 0 ? 0 : 2);
  program.exitOverride(exitOnUsage);
  for (const command of program.commands) {
    command.exitOverride(exitOnUsage);
    for (const sub of command.commands) sub.exitOverride(exitOnUsage);
  }

  // Bare `mlsd` opens the menu in a terminal and prints the help elsewhere.
  await program.parseAsync(argv.length <= 2 ? [...argv, 'menu'] : [...argv]);
}
