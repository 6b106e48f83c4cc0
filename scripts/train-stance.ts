// Trains the stance models (src/text/stance-model.ts) on the calibration set's sentences, as the
// readers' labels in training/ mark them, and on the sentences written to be labelled there; writes
// models/stance.json. Deterministic: the same data gives the same file.
//   node dist/scripts/train-stance.js            train on everything, write models/stance.json
//   node dist/scripts/train-stance.js --cross    leave each held-out set out in turn, train on the
//                                                rest, and grade the set left out with those models
//                                                (--verbose: and print the ordinary sentences misread)
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadCalibrationSet, type CalibrationSet } from '../src/calibration/set.js';
import { loadLibrary } from '../src/cases/library.js';
import type { Case } from '../src/cases/schema.js';
import { OfflineGrader } from '../src/grading/offline.js';
import { gradeAnswers } from '../src/grading/run.js';
import { TUNING } from '../src/grading/tuning.js';
import { packageRoot } from '../src/paths.js';
import { trainLogistic } from './logistic.js';
import { SMALL_WORDS, analyze } from '../src/text/analyze.js';
import { STANCE_MODEL_FILE, modelWords, probability, readsDismissive, sentenceFeatures, useStanceModels, type StanceModel, type StanceModels } from '../src/text/stance-model.js';

interface Sentence {
  /** The set it came from ('labelled', 'writeups', 'written' or a held-out file's name). */
  set: string;
  kind: string;
  dismissive: boolean;
  features: string[];
  /** Features made only of words that name no rubric concept. */
  stanceFeatures: string[];
}

/** Every word of every rubric concept's aliases and paraphrases: what answers are about, not how they say it. */
function conceptWords(cases: readonly Case[]): Set<string> {
  const words = new Set<string>();
  for (const c of cases)
    for (const step of c.steps)
      for (const criterion of step.criteria)
        for (const concept of criterion.concepts)
          for (const phrase of [...concept.aliases, ...concept.paraphrases]) for (const w of phrase.toLowerCase().split(/[^a-z0-9']+/)) if (w) words.add(w.replace(/'/g, ''));
  for (const w of SMALL_WORDS) words.delete(w.replace(/'/g, ''));
  for (const w of ['not', 'no', 'never', 'nobody', 'nothing']) words.delete(w);
  return words;
}

/** training/stance-labels.tsv: sentence by sentence, which sentences of the dismissive answers wave a point away. */
export const STANCE_LABELS_FILE = ['training', 'stance-labels.tsv'] as const;
/** training/stance-sentences.tsv: sentences written to be labelled, many of them hard cases either way. */
export const STANCE_SENTENCES_FILE = ['training', 'stance-sentences.tsv'] as const;

/** The rows of a `label<TAB>source<TAB>sentence` file, `#` lines left out; none when it is missing. */
function readTsv(file: readonly string[]): { dismissive: boolean; source: string; sentence: string }[] {
  let text = '';
  try {
    text = readFileSync(join(packageRoot(), ...file), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#') && line.trim() !== '')
    .map((line) => {
      const [label, source, sentence] = line.split('\t');
      return { dismissive: label === 'd', source: source!, sentence: sentence! };
    });
}

function readLabels(): Map<string, boolean> {
  return new Map(readTsv(STANCE_LABELS_FILE).map((r) => [`${r.source}\t${r.sentence}`, r.dismissive]));
}

function sentencesOf(set: CalibrationSet, concepts: Set<string>): Sentence[] {
  // `source` names an answer as the labels file does.
  const texts: { set: string; kind: string; dismissive: boolean; text: string; source?: string }[] = [];
  for (const a of set.adversarial) if (a.attack === 'dismissive') texts.push({ set: 'labelled', kind: 'dismissive', dismissive: true, text: a.text, source: `labelled ${a.id}` });
  for (const a of set.labelled) texts.push({ set: 'labelled', kind: `${a.label} ${a.style}`, dismissive: false, text: a.text });
  for (const h of set.heldOut) for (const [step, text] of Object.entries(h.answers)) texts.push({ set: h.set, kind: h.kind, dismissive: h.kind === 'dismissive', text: text!, source: `${h.id} ${step}` });
  for (const w of set.writeups) for (const text of Object.values(w.answers)) texts.push({ set: 'writeups', kind: 'writeup', dismissive: false, text: text! });
  for (const r of readTsv(STANCE_SENTENCES_FILE)) texts.push({ set: 'written', kind: r.dismissive ? 'written d' : 'written n', dismissive: r.dismissive, text: r.sentence });
  const labels = readLabels();
  const plain = (w: string) => !concepts.has(w) && !/\d/.test(w);
  const out: Sentence[] = [];
  for (const t of texts) {
    const analysis = analyze(t.text);
    for (const s of analysis.sentences) {
      const words = modelWords(analysis, s.index);
      const features = sentenceFeatures(s.text, words);
      const stanceFeatures = features.filter((f) => f.startsWith('<') || f.split('_').every(plain));
      // A sentence of a dismissive answer is dismissive as its reader labelled it; unlabelled, as its answer is.
      const labelled = t.dismissive && t.source ? labels.get(`${t.source}\t${s.text.replace(/[\t\n\r]+/g, ' ')}`) : undefined;
      out.push({ set: t.set, kind: t.kind, dismissive: labelled ?? t.dismissive, features, stanceFeatures });
    }
  }
  return out;
}

function train(examples: { features: string[]; dismissive: boolean }[]): StanceModel {
  return trainLogistic(
    examples.map((e) => ({ features: e.features, positive: e.dismissive })),
    TUNING.stanceTraining,
  );
}

/** The models trained on the whole calibration set, as `npm run train-stance` writes them. */
export function trainStanceModels(set: CalibrationSet, cases: readonly Case[]): StanceModels {
  const sentences = sentencesOf(set, conceptWords(cases));
  const sets = [...new Set(set.heldOut.map((h) => h.set))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return trainModels(sentences, `${sentences.length} sentences: the labelled set, the write-ups, and ${sets.join(', ')}`);
}

function trainModels(sentences: Sentence[], trainedOn: string): StanceModels {
  return {
    trainedOn,
    all: train(sentences.map((s) => ({ features: s.features, dismissive: s.dismissive }))),
    stanceWords: train(sentences.map((s) => ({ features: s.stanceFeatures, dismissive: s.dismissive }))),
  };
}

/** Leave each held-out set out in turn: how the models read interviews and sentences they never saw. */
async function crossCheck(set: CalibrationSet, sentences: Sentence[], cases: Case[]): Promise<void> {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const sets = [...new Set(set.heldOut.map((h) => h.set))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  console.log('set            dismissive <= 20   dense >= 50, > mid   wrong <= 25   dense/mid sentences read dismissive');
  for (const out of sets) {
    const models = trainModels(sentences.filter((s) => s.set !== out), `all but ${out}`);
    useStanceModels(models);
    const grader = new OfflineGrader(cases);
    const whole = new Map<string, number>();
    let falseReadings = 0;
    let ordinary = 0;
    for (const h of set.heldOut.filter((x) => x.set === out)) {
      whole.set(`${h.case} ${h.kind}`, (await gradeAnswers(grader, byId.get(h.case)!, h.answers)).score);
      if (h.kind !== 'dense' && h.kind !== 'mid') continue;
      for (const text of Object.values(h.answers)) {
        const analysis = analyze(text!);
        for (const s of analysis.sentences) {
          ordinary++;
          if (readsDismissive(analysis, s.index)) {
            falseReadings++;
            if (process.argv.includes('--verbose')) console.log(`  misread (${h.id}): ${s.text}`);
          }
        }
      }
    }
    const ids = [...new Set(set.heldOut.filter((x) => x.set === out).map((h) => h.case))];
    const mid = (c: string) => whole.get(`${c} mid`)!;
    const count = (ok: (c: string) => boolean) => `${ids.filter(ok).length}/${ids.length}`;
    console.log(
      out.padEnd(15),
      count((c) => whole.get(`${c} dismissive`)! <= 20 && whole.get(`${c} dismissive`)! <= mid(c)).padEnd(18),
      count((c) => whole.get(`${c} dense`)! >= 50 && whole.get(`${c} dense`)! > mid(c)).padEnd(20),
      count((c) => whole.get(`${c} wrong`)! <= 25 && whole.get(`${c} wrong`)! < mid(c)).padEnd(13),
      `${falseReadings}/${ordinary}`,
    );
  }
  useStanceModels(undefined);
}

async function main(): Promise<void> {
  const set = loadCalibrationSet();
  const cases = (await loadLibrary([])).entries.map((e) => e.case);
  const sentences = sentencesOf(set, conceptWords(cases));
  if (process.argv.includes('--cross')) return crossCheck(set, sentences, cases);
  const models = trainStanceModels(set, cases);
  const file = join(packageRoot(), ...STANCE_MODEL_FILE);
  writeFileSync(file, `${JSON.stringify(models)}\n`);
  const read = sentences.filter((s) => probability(models.all, s.features) > TUNING.stance.all && probability(models.stanceWords, s.features) > TUNING.stance.stanceWords);
  console.log(`wrote ${file}: ${Object.keys(models.all.weights).length} + ${Object.keys(models.stanceWords.weights).length} weights; in training, ${read.filter((s) => s.dismissive).length}/${sentences.filter((s) => s.dismissive).length} sentences of dismissive answers and ${read.filter((s) => !s.dismissive).length}/${sentences.filter((s) => !s.dismissive).length} others read as dismissive`);
}

if (basename(process.argv[1] ?? '') === 'train-stance.js') await main();
