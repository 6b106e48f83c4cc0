import { resolve } from 'node:path';
import { GUARDED_ATTACKS, LEVEL_CUTS, THRESHOLDS, calibrate, type CalibrationReport } from '../calibration/run.js';
import { PROBE_EXPECTATIONS } from '../calibration/probes.js';
import { PROBE_KINDS, loadCalibrationSet } from '../calibration/set.js';
import { resolveConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { chooseGrader } from '../grading/choose.js';
import { print, printErr, printJson, terminalWidth, type IO } from '../io.js';
import { fitLines, padStart, table } from '../ui/text.js';
import { openLibrary } from './library-options.js';

export interface CalibrateOptions {
  grader: 'offline' | 'llm';
  model?: string;
  runs: number;
  concurrency?: number;
  set?: string;
  json?: boolean;
  verbose?: boolean;
  casesDir?: string[];
}

const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export async function runCalibrate(opts: CalibrateOptions, io: IO): Promise<number> {
  const config = resolveConfig({ model: opts.model, casesDir: opts.casesDir, concurrency: opts.concurrency }, io.env);
  const library = await openLibrary(opts, io);
  const set = loadCalibrationSet(opts.set ? resolve(opts.set) : undefined);
  const cases = new Map(library.entries.map((e) => [e.case.id, e.case]));
  const missing = [...new Set([...set.labelled, ...set.adversarial].map((a) => a.caseId))].filter((id) => !cases.has(id));
  if (missing.length > 0) throw new UsageError(`the labelled set needs case(s) not in the library: ${missing.join(', ')}`);

  // Repeated runs measure consistency, so they must reach the model every time.
  const { grader, notice } = await chooseGrader(opts.grader, config, [...cases.values()], io.env, { cache: opts.runs > 1 ? false : true });
  printErr(io, io.colorErr.dim(`${notice}; ${set.labelled.length + set.adversarial.length} answers x ${opts.runs} run(s)`));
  let lastShown = -1;
  const report = await calibrate(grader, cases, set, {
    runs: opts.runs,
    concurrency: opts.grader === 'offline' ? 1 : config.concurrency,
    onProgress: (done, total) => {
      const step = Math.floor((done / total) * 10);
      if (step !== lastShown && (io.stderr.isTTY || step % 5 === 0)) {
        lastShown = step;
        io.stderr.write(io.stderr.isTTY ? `\rgraded ${done}/${total}` : `graded ${done}/${total}\n`);
      }
    },
  });
  if (io.stderr.isTTY) io.stderr.write('\n');

  if (opts.json) printJson(io, report);
  // In a terminal, long lines (the targets not yet met) wrap by words; in a pipe they stay whole.
  else print(io, fitLines(renderReport(report, io, opts), terminalWidth(io)));
  return report.verdict.fit ? 0 : 1;
}

function renderReport(r: CalibrationReport, io: IO, opts: { verbose?: boolean }): string {
  const { color } = io;
  const label = r.grader.kind === 'offline' ? `offline grader (${r.grader.promptVersion})` : `${r.grader.model} (${r.grader.promptVersion})`;
  const ok = (pass: boolean) => (pass ? color.green('ok') : color.red('below'));
  const out: string[] = [];
  out.push(color.bold(`Calibration: ${label}, ${r.answers.length} labelled answers, ${r.attacks.length} adversarial, ${r.runs} run(s)`), '');
  out.push(
    table([
      ['measure', 'value', 'target', ''].map((h) => color.bold(h)),
      ['pairwise order, answers to one step', `${pct(r.pairwise.steps.accuracy)} of ${r.pairwise.steps.pairs}`, `>= ${pct(THRESHOLDS.pairwise)}`, ok(r.pairwise.steps.accuracy >= THRESHOLDS.pairwise)],
      ['pairwise order, whole interviews', `${pct(r.pairwise.overall.accuracy)} of ${r.pairwise.overall.pairs}`, `>= ${pct(THRESHOLDS.pairwise)}`, ok(!(r.pairwise.overall.accuracy < THRESHOLDS.pairwise))],
      ['pairwise order, per dimension', `${pct(r.pairwise.dimensions.accuracy)} of ${r.pairwise.dimensions.pairs}`, '', ''],
      ...(r.conversation.pairs > 0
        ? [['pairwise order, twists and deep dives', `${pct(r.conversation.ordered / r.conversation.pairs)} of ${r.conversation.pairs}`, `>= ${pct(THRESHOLDS.pairwise)}`, ok(r.conversation.ordered / r.conversation.pairs >= THRESHOLDS.pairwise)]]
        : []),
      ['dense notes above mid and weak answers', `${pct(r.pairwise.dense.accuracy)} of ${r.pairwise.dense.pairs}`, '', ''],
      ['quadratic weighted kappa', r.kappa.toFixed(2), `>= ${THRESHOLDS.kappa}`, ok(r.kappa >= THRESHOLDS.kappa)],
      ['mean bias against the bands', `${r.bias >= 0 ? '+' : ''}${r.bias.toFixed(1)} points`, '', ''],
      ['scores inside their band', pct(r.inBand), '', ''],
      ['spread over runs (mean / max sd)', `${r.spread.mean.toFixed(1)} / ${r.spread.max.toFixed(1)}`, r.runs > 1 ? `<= ${THRESHOLDS.spread}` : 'use --runs 3', r.runs > 1 ? ok(r.spread.mean <= THRESHOLDS.spread) : ''],
    ]),
  );
  out.push('', color.bold('By step (pairwise order)'));
  out.push(table(Object.entries(r.pairwise.byStep).map(([step, a]) => [`  ${step}`, `${pct(a.accuracy)} of ${a.pairs}`])));
  const guarded = r.attacks.filter((a) => GUARDED_ATTACKS.has(a.attack));
  out.push('', color.bold('Adversarial answers (each must stay under its cap and under the mid-level answer)'));
  const attackRows = (rows: typeof r.attacks) =>
    rows.map((a) => [
      a.capped ? color.green('capped') : color.red('NOT capped'),
      a.attack,
      a.id,
      padStart(String(Math.round(a.score)), 3),
      String(a.cap),
      a.midScore === null ? '-' : String(Math.round(a.midScore)),
    ]);
  const shown = opts.verbose ? guarded : guarded.filter((a) => !a.capped);
  out.push(`  ${guarded.filter((a) => a.capped).length} of ${guarded.length} capped${shown.length > 0 && !opts.verbose ? '; not capped:' : ''}`);
  if (shown.length > 0) out.push(table([['', 'attack', 'answer', 'score', 'cap', 'mid'].map((h) => color.bold(h)), ...attackRows(shown)]));
  for (const kind of ['dismissive', 'wrong'] as const) {
    const rows = r.attacks.filter((a) => a.attack === kind);
    if (rows.length === 0) continue;
    const below = rows.filter((a) => a.midScore !== null && a.score < a.midScore).length;
    const mean = rows.reduce((sum, a) => sum + a.score, 0) / rows.length;
    const name = kind === 'dismissive' ? 'Dismissive answers' : 'Fluent-but-wrong answers';
    out.push(`  ${name}: ${rows.filter((a) => a.capped).length} of ${rows.length} under their cap of ${rows[0]!.cap}, ${below} below the mid-level answer, mean ${Math.round(mean)}`);
    if (opts.verbose) out.push(table(attackRows(rows)));
  }
  out.push('', color.bold('How it is written (mean score by label and style)'));
  out.push(table(r.styles.map((x) => [`  ${x.label}`, x.style, `${Math.round(x.mean)}`, color.dim(`n=${x.n}`)])));
  if (r.formatGap.pairs > 0) {
    out.push(
      '',
      `Format gap, bullets vs sentences of the same content: per step mean ${r.formatGap.mean.toFixed(1)}, worst ${Math.round(r.formatGap.worst)} (${r.formatGap.worstId}), ${r.formatGap.pairs} pairs; ` +
        `whole interviews mean ${r.whole.formatGap.mean.toFixed(1)}, worst ${Math.round(r.whole.formatGap.worst)} (target <= ${THRESHOLDS.formatGap})`,
    );
  }
  const wholeRows = [
    ['strong interviews in bullets', r.whole.strongBullets],
    ['dense strong notes', r.whole.dense],
    ['dismissive interviews', r.whole.dismissive],
    ['fluent-but-wrong interviews', r.whole.wrong],
    ['generic templates (every case)', r.whole.generic],
    ['reference pasted back', r.whole.copy],
    ['published-style write-ups', r.whole.writeups],
    ['held out: dense notes', r.whole.heldOut.dense],
    ['held out: dismissive', r.whole.heldOut.dismissive],
    ['held out: fluent-but-wrong', r.whole.heldOut.wrong],
  ] as const;
  // Each held-out set was written blind at its own time: the newest is the honest reading.
  const setNumber = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 1);
  const sets = [...new Set([...r.whole.heldOut.dense, ...r.whole.heldOut.dismissive, ...r.whole.heldOut.wrong].map((x) => x.set!))].sort((a, b) => setNumber(a) - setNumber(b));
  const perSet =
    sets.length > 1
      ? sets.flatMap((name) =>
          (
            [
              ['dense', r.whole.heldOut.dense],
              ['dismissive', r.whole.heldOut.dismissive],
              ['wrong', r.whole.heldOut.wrong],
            ] as const
          ).map(([kind, rows]) => [`  ${name}: ${kind}`, rows.filter((x) => x.set === name)] as const),
        )
      : [];
  out.push('', color.bold('Whole interviews'));
  out.push(
    table([
      ['', 'passed', 'scores', 'target'].map((h) => color.bold(h)),
      ...[...wholeRows, ...perSet]
        .filter(([, rows]) => rows.length > 0)
        .map(([name, rows]) => {
          const scores = rows.map((x) => x.score);
          const passed = rows.filter((x) => x.pass).length;
          return [`  ${name}`, (passed === rows.length ? color.green : color.red)(`${passed}/${rows.length}`), `${Math.min(...scores)}-${Math.max(...scores)}`, rows[0]!.target.replace(/\d+ ± /, 'estimate ± ').replace(/mid \d+/, 'mid')];
        }),
    ]),
  );
  if (opts.verbose) {
    for (const [name, rows] of wholeRows) {
      for (const x of rows) out.push(`  ${x.pass ? 'ok  ' : color.red('FAIL')} ${name}: ${x.id} ${x.score} (${x.target})${x.flags.length ? ` [${x.flags.join(', ')}]` : ''}`);
    }
  }
  const means = (['strong', 'mid', 'weak'] as const).map((l) => {
    const xs = r.answers.filter((a) => a.label === l).map((a) => a.score);
    return `${l} ${xs.length ? Math.round(xs.reduce((s, x) => s + x, 0) / xs.length) : '-'}`;
  });
  out.push('', color.dim(`Mean score by label: ${means.join(', ')}. Scores below ${LEVEL_CUTS[0]} read as weak, from ${LEVEL_CUTS[1]} as strong.`));
  if (r.conversation.entries > 0) {
    const m = r.conversation.means;
    out.push(color.dim(`Twists and deep dives (${r.conversation.entries}, three answers each): mean strong ${m.strong}, mid ${m.mid}, weak ${m.weak}.`));
    if (opts.verbose) for (const x of r.conversation.misses) out.push(`  ${color.red('out of order')} ${x.caseId} ${x.id}: strong ${x.scores.strong}, mid ${x.scores.mid}, weak ${x.scores.weak}`);
  }
  const kinds = PROBE_KINDS.filter((k) => r.probes.byKind[k].total > 0);
  if (kinds.length > 0) {
    out.push('', color.bold('Probe pairs, written blind (two short answers to one step, one difference)'));
    out.push(
      table(
        kinds.map((k) => {
          const { passed, total } = r.probes.byKind[k];
          return [`  ${k}`, `${passed}/${total}`, color.dim(PROBE_EXPECTATIONS[k])];
        }),
      ),
    );
    if (opts.verbose) for (const x of r.probes.rows.filter((row) => !row.pass)) out.push(`  ${color.red('miss')} ${x.kind}: ${x.id} (${x.caseId}/${x.step}) ${x.sound} vs ${x.unsound}`);
  }
  out.push('');
  if (r.whole.shortfalls.length > 0) out.push(color.yellow(`Targets not yet met (reported, not part of the verdict): ${r.whole.shortfalls.join('; ')}.`), '');
  if (r.verdict.fit) out.push(color.green(color.bold('Verdict: fit to grade.')) + ' It meets every threshold above.');
  else out.push(color.red(color.bold('Verdict: not fit to grade: ')) + r.verdict.reasons.join('; ') + '.');
  return out.join('\n');
}
