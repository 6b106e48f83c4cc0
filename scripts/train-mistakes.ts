// Trains the mistake models (src/text/mistake-model.ts) on the calibration set's probe pairs and
// sound answers; writes models/mistakes.json. Deterministic: the same data gives the same file.
//   node dist/scripts/train-mistakes.js          train on everything, write models/mistakes.json
//   node dist/scripts/train-mistakes.js --cross  leave each block of five probe sets out in turn,
//                                                train on the rest, and read the block left out;
//                                                held-out sets 70 on and write-up rounds 40 on are
//                                                left out of training there, and read as unseen
//                                                sound answers (--verbose: print what they misread),
//                                                with training/mistake-paraphrases.txt
//   ... --cross --with-wrong-interviews          the same, with the held-out wrong interviews'
//                                                flagged sentences as more wrong examples
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadCalibrationSet, type CalibrationSet, type ProbePair } from '../src/calibration/set.js';
import { loadLibrary } from '../src/cases/library.js';
import type { Case, StepId } from '../src/cases/schema.js';
import { KEYED_AS_LABEL, setAsideByRule } from '../src/grading/checks/learned-mistakes.js';
import { prepareStep } from '../src/grading/pipeline.js';
import { TUNING } from '../src/grading/tuning.js';
import { packageRoot } from '../src/paths.js';
import { analyze } from '../src/text/analyze.js';
import { probability } from '../src/text/linear-model.js';
import { MISTAKE_MODEL_FILE, mistakeFeatures, mistakeWords, type MistakeModels } from '../src/text/mistake-model.js';
import { trainLogistic } from './logistic.js';

interface Example {
  features: string[];
  positive: boolean;
  text: string;
}

// A leakage pair's sound note keyed as the label ("Label: opened + whether a session happened in the 2h after
// send") names the leak as the label, in the leak's own words; the check never reads such a note as a leak,
// so it is left out of the sound examples, where it would teach the models that the leak is sound. A contrast
// pair's label note stays: "Labels: a click followed by a 30s+ watch" is the sound side of "labels = clicks".
// KEYED_AS_LABEL is the check's own test, so training and reading agree on what a label note is.

function sentencesOf(text: string): Example[] {
  const analysis = analyze(text);
  return analysis.sentences.map((s) => ({ features: mistakeFeatures(mistakeWords(analysis, s.index)), positive: false, text: s.text }));
}

const normal = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * A contrast or leakage pair: the sound answer's sentences, and the unsound one's that the sound one
 * does not share, nor open with: "Label: opened." beside the sound "Label: opened + whether a session
 * happened in the 2h after send." is the same label, said shorter, not the mistake.
 */
function pairSentences(p: ProbePair): { sound: Example[]; wrong: Example[] } {
  const all = sentencesOf(p.sound);
  const said = all.map((s) => normal(s.text));
  const sound = all.filter((s) => !(p.kind === 'leakage' && KEYED_AS_LABEL.test(s.text)) && !setAsideByRule(s.text));
  const saidBySound = (text: string) => said.some((s) => s === text || s.startsWith(`${text} `));
  return { sound, wrong: sentencesOf(p.unsound).filter((s) => !saidBySound(normal(s.text))).map((s) => ({ ...s, positive: true })) };
}

interface TrainingData {
  /** Wrong sentences and every sound one. */
  all: Example[];
  /** Wrong sentences and the sound answers of their own pairs. */
  pairs: Example[];
  /** Wrong sentences only, leaks positive. */
  leakage: Example[];
}

const MISTAKE_KINDS = new Set(['contrast', 'leakage']);

function probeData(probes: readonly ProbePair[], data: TrainingData): void {
  for (const p of probes) {
    if (MISTAKE_KINDS.has(p.kind)) {
      const { sound, wrong } = pairSentences(p);
      data.all.push(...sound, ...wrong);
      data.pairs.push(...sound, ...wrong);
      data.leakage.push(...wrong.map((w) => ({ ...w, positive: p.kind === 'leakage' })));
    } else {
      // A form pair says the same sound thing twice; a dismissal's waved-away side is not a mistake stated.
      data.all.push(...sentencesOf(p.sound), ...(p.kind === 'form' ? sentencesOf(p.unsound) : []));
    }
  }
}

/** Sound answers beyond the probes: the labelled strong and mid ones, held-out dense and mid, excellent and decent write-ups. */
// Sound sentences written for the learned reading, in shapes it misread (a label window after the inputs).
const SOUND_SENTENCES_FILE = ['training', 'mistake-sound-sentences.txt'] as const;

/** A training file's lines, without blank lines and # comments. */
function linesOf(file: readonly string[]): string[] {
  return readFileSync(join(packageRoot(), ...file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function soundAnswers(set: CalibrationSet, keep: { heldOut: (set: string) => boolean; writeup: (id: string) => boolean }): string[] {
  const texts: string[] = linesOf(SOUND_SENTENCES_FILE);
  for (const a of set.labelled) if (a.label !== 'weak') texts.push(a.text);
  for (const h of set.heldOut) if ((h.kind === 'dense' || h.kind === 'mid') && keep.heldOut(h.set)) texts.push(...Object.values(h.answers).map((t) => t!));
  for (const w of set.writeups) if (w.quality !== 'superficial' && keep.writeup(w.id)) texts.push(...Object.values(w.answers).map((t) => t!));
  return texts;
}

/** A fixed shuffle (a linear congruential generator): the same data, the same order, the same weights. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function trainModels(data: TrainingData, trainedOn: string): MistakeModels {
  const train = (examples: Example[]) => trainLogistic(shuffled(examples), TUNING.mistakeTraining);
  return { trainedOn, all: train(data.all), pairs: train(data.pairs), leakage: train(data.leakage) };
}

function dataFrom(probes: readonly ProbePair[], sound: readonly string[], wrong: readonly Example[] = []): TrainingData {
  const data: TrainingData = { all: [], pairs: [], leakage: [] };
  probeData(probes, data);
  for (const text of sound) data.all.push(...sentencesOf(text));
  data.all.push(...wrong);
  return data;
}

/** Sentences of the fluent-but-wrong interviews that a written mistake or red flag flags: the same mistakes, written as whole answers. */
export function flaggedWrongSentences(set: CalibrationSet, cases: readonly Case[], keep: (heldOutSet: string) => boolean): Example[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const out: Example[] = [];
  for (const h of set.heldOut) {
    if (h.kind !== 'wrong' || !keep(h.set)) continue;
    for (const [step, text] of Object.entries(h.answers)) {
      const prepared = prepareStep(byId.get(h.case)!, step as StepId, text!);
      for (const i of prepared.voided) out.push({ features: mistakeFeatures(mistakeWords(prepared.analysis, i)), positive: true, text: prepared.analysis.sentences[i]!.text });
    }
  }
  return out;
}

/** The number a probe or held-out set's name ends in: "probes-26" is 26, "held-out-86" 86. */
const setNumber = (set: string) => Number(/(\d+)$/.exec(set)?.[1] ?? 0);

/** The models trained on the whole calibration set, as `npm run train-mistakes` writes them. */
export function trainMistakeModels(set: CalibrationSet): MistakeModels {
  const sets = [...new Set(set.probes.map((p) => setNumber(p.set)))].sort((a, b) => a - b);
  const data = dataFrom(set.probes, soundAnswers(set, { heldOut: () => true, writeup: () => true }));
  return trainModels(data, `${data.all.length} sentences: probe sets ${sets[0]}-${sets.at(-1)}, the labelled strong and mid answers, the held-out dense and mid ones, the excellent and decent write-ups`);
}

/** Reads one sentence as the shipped check does. */
function reads(models: MistakeModels, features: readonly string[]): boolean {
  const { all, pairs } = TUNING.learnedMistakes;
  return probability(models.pairs, features) > pairs && probability(models.all, features) > all;
}

const writeupRound = (id: string) => Number(/^writeup-(\d+)-/.exec(id)?.[1] ?? 0);
/** Wrong claims written in words of their own, never trained on: how the models read other styles. */
const PARAPHRASES_FILE = ['training', 'mistake-paraphrases.txt'] as const;

async function crossCheck(set: CalibrationSet): Promise<void> {
  // An experiment kept for the next session: the wrong interviews' flagged sentences as more wrong examples.
  const extra = process.argv.includes('--with-wrong-interviews') ? flaggedWrongSentences(set, (await loadLibrary([])).entries.map((e) => e.case), (s) => setNumber(s) < 70) : [];
  const para = linesOf(PARAPHRASES_FILE).flatMap(sentencesOf);
  const unseen = soundAnswers(set, { heldOut: (s) => setNumber(s) >= 70, writeup: (id) => writeupRound(id) >= 40 }).flatMap(sentencesOf);
  const sound = soundAnswers(set, { heldOut: (s) => setNumber(s) < 70, writeup: (id) => writeupRound(id) < 40 });
  const last = Math.max(...set.probes.map((p) => setNumber(p.set)));
  console.log('probe sets left out   pairs   wrong caught   sound flagged   both right   unseen sound sentences read as mistakes   paraphrases read');
  for (let from = 1; from <= last; from += 5) {
    const to = Math.min(last, from + 4);
    const out = (p: ProbePair) => setNumber(p.set) >= from && setNumber(p.set) <= to;
    const models = trainModels(dataFrom(set.probes.filter((p) => !out(p)), sound, extra), `all but probe sets ${from}-${to}`);
    let caught = 0;
    let flagged = 0;
    let right = 0;
    const pairs = set.probes.filter((p) => out(p) && MISTAKE_KINDS.has(p.kind));
    for (const p of pairs) {
      const { sound: s, wrong } = pairSentences(p);
      const c = wrong.some((w) => reads(models, w.features));
      const f = s.some((x) => reads(models, x.features));
      caught += Number(c);
      flagged += Number(f);
      right += Number(c && !f);
      if (f && process.argv.includes('--verbose')) for (const x of s) if (reads(models, x.features)) console.log(`  sound read as a mistake (${p.id}): ${x.text}`);
    }
    const misread = unseen.filter((x) => reads(models, x.features));
    if (process.argv.includes('--verbose')) for (const x of misread) console.log(`  unseen sound sentence read as a mistake: ${x.text}`);
    console.log(`${from}-${to}`.padEnd(22), String(pairs.length).padEnd(7), String(caught).padEnd(14), String(flagged).padEnd(15), String(right).padEnd(12), `${misread.length}/${unseen.length}`.padEnd(42), `${para.filter((x) => reads(models, x.features)).length}/${para.length}`);
  }
}

async function main(): Promise<void> {
  const set = loadCalibrationSet();
  if (process.argv.includes('--cross')) return crossCheck(set);
  const models = trainMistakeModels(set);
  const file = join(packageRoot(), ...MISTAKE_MODEL_FILE);
  writeFileSync(file, `${JSON.stringify(models)}\n`);
  console.log(`wrote ${file}: ${Object.keys(models.all.weights).length} + ${Object.keys(models.pairs.weights).length} + ${Object.keys(models.leakage.weights).length} weights`);
}

if (basename(process.argv[1] ?? '') === 'train-mistakes.js') await main();
