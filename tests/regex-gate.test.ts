import { describe, expect, it } from 'vitest';
import { gateOf, requiredLiterals } from '../scripts/regex-literals.js';
import { loadCalibrationSet } from '../src/calibration/set.js';
import { normalizeSpelling } from '../src/text/analyze.js';
import '../src/grading/pipeline.js';
import { anyTest, gatedAlternatives, gatedRegexes, gatedTest, groupFinder } from '../src/text/regex-gate.js';

const passes = (gate: string[][], text: string) => gate.every((group) => group.some((s) => text.includes(s)));

describe('required literals of a regex', () => {
  it('reads words, alternatives, optional parts and classes', () => {
    expect(requiredLiterals(/\baccuracy\b[^.]{0,60}\b(main|primary)\b/)).toEqual([['main', 'primary'], ['accuracy']]);
    expect(requiredLiterals(/hold(ing)? out/)).toEqual([['holding out', 'hold out']]);
    expect(requiredLiterals(/optimi[sz]e/)).toEqual([['optimise', 'optimize']]);
    expect(requiredLiterals(/\bk[- ]?fold\b/)).toEqual([['k-fold', 'k fold', 'kfold']]);
  });

  it('lowercases for a case-insensitive regex', () => {
    expect(requiredLiterals(/Note (to|for) AI/i)).toContainEqual(['note to ai', 'note for ai']);
  });

  it('asks nothing of what may be absent or is only looked at', () => {
    expect(requiredLiterals(/(abc)?\d+/)).toEqual([]);
    expect(requiredLiterals(/x*y{0,3}/)).toEqual([]);
    expect(requiredLiterals(/(?=abc)\w+(?!def)/)).toEqual([]);
    expect(requiredLiterals(/a|\d/)).toEqual([]);
  });

  it('keeps what a repeated part needs at least once', () => {
    expect(requiredLiterals(/(?:ab|cd)+/)).toEqual([['ab', 'cd']]);
    expect(requiredLiterals(/(?:ab){2}/)).toEqual([['ab'], ['abab']]);
  });

  it('reads a backreference, numbered or named, as matching anything', () => {
    expect(requiredLiterals(/week (?<last>\d) then week \k<last>/)).toEqual([['week '], [' then week ']]);
    expect(requiredLiterals(/(a)b\1/)).toEqual([['a'], ['ab']]);
  });

  it('refuses what it cannot read, so the regex stays ungated', () => {
    expect(() => requiredLiterals(/\u00e9/)).toThrow();
  });
});

describe('a regex of many alternatives kept as several', () => {
  const whole = /\b(who cares|leave (it|them) out|a (minor|small) (issue|detail)|not (worth|needed)(?= *[.,]|$)|[a-z]+'s (job|problem)|x\|y|[|)(]+ edge|(?<!\bno )big deal|skip (?:it|them)\b)\b/i;
  const parts = gatedAlternatives(whole, 3);
  const texts = ["who cares about drift", "we can leave them out", "a small detail", "Not worth it.", "not worth the effort", "that's legal's problem", "X|Y", "|)( edge", "no big deal", "a big deal", "skip it", "skipping", "Who Cares", "leave it in", "minor issue", "", "x y"];

  it('splits at the top-level bars only, so each part stays a regex of whole alternatives', () => {
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.flags)).toEqual(['i', 'i', 'i']);
    expect(parts[2]!.source).toBe(String.raw`\b([|)(]+ edge|(?<!\bno )big deal|skip (?:it|them)\b)\b`);
  });

  it('matches exactly where the whole regex matches', () => {
    for (const text of texts) expect(anyTest(parts, text), text).toBe(whole.test(text));
  });

  it('keeps a regex whole when splitting could change it', () => {
    expect(gatedAlternatives(/\b(a|b)c/, 1)).toHaveLength(1);
    expect(gatedAlternatives(/\b((\w+) is \2|b)\b/, 1)).toHaveLength(1);
  });
});

describe('gates of the checks', () => {
  it('covers every regex the checks mark', () => {
    expect(gatedRegexes().length).toBeGreaterThan(60);
    for (const re of gatedRegexes()) expect(gateOf(re).length, re.source).toBeGreaterThan(0);
  });

  // A sweep of every gated regex over some 12,000 texts: seconds alone, far longer beside the other files
  // (fifty-third session, 2 cores and three test workers: 11 s alone, 34-133 s in full runs, so a 300 s limit).
  it('never refuses a text its regex matches (the labelled answers, sentence by sentence)', () => {
    const set = loadCalibrationSet();
    const written = [...set.labelled, ...set.adversarial].flatMap((a) => [a.text, ...a.text.split(/(?<=[.!?])\s+|\n+/)]);
    const texts = new Set(written.flatMap((raw) => [raw, normalizeSpelling(raw)]));
    const gates = gatedRegexes().map((re) => [re, gateOf(re)] as const);
    let matched = 0;
    const refused: string[] = [];
    for (const text of texts) {
      const lower = text.toLowerCase();
      for (const [re, gate] of gates) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        if (!passes(gate, re.ignoreCase ? lower : text)) refused.push(`${re.source} on "${text}"`);
      }
    }
    expect(refused).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  }, 300_000);

  // The gate, and a smaller regex every match also holds (the leak patterns' endings), refuse only
  // what the regex would not match: on the leakage probes, where those patterns find something.
  it('tests as the regex itself would, gate and all (every third leakage probe, as the checks read it)', () => {
    const set = loadCalibrationSet();
    const texts = set.probes.filter((p, i) => p.kind === 'leakage' && i % 3 === 0).flatMap((p) => [p.sound, p.unsound]).map((t) => normalizeSpelling(t).toLowerCase());
    let matched = 0;
    for (const re of gatedRegexes()) {
      if (re.global || re.sticky) continue;
      for (const text of texts) {
        const expected = re.test(text);
        matched += expected ? 1 : 0;
        expect(gatedTest(re, text), `${re.source.slice(0, 80)} on "${text}"`).toBe(expected);
      }
    }
    expect(matched).toBeGreaterThan(100);
  }, 300_000);

  it("finds a large group's strings with one regex exactly where looking for each finds one", () => {
    const set = loadCalibrationSet();
    // Every tenth sentence of the labelled answers, as written and as the checks read it.
    const texts = set.labelled.flatMap((a) => a.text.split(/(?<=[.!?])\s+|\n+/)).filter((_, i) => i % 10 === 0).flatMap((t) => [t, normalizeSpelling(t).toLowerCase()]);
    const groups = gatedRegexes().flatMap((re) => gateOf(re)).filter((g) => groupFinder(g));
    expect(groups.length).toBeGreaterThan(10);
    // Strings with a regex's special characters in them, each found as written.
    const special = groupFinder(['a+b', '(x)', 'c.d', 'e?', '$5', 'f|g', 'h[i]', 'j\\k', 'l{2}', 'm^n', 'o*p', 'q/r'])!;
    for (const s of ['a+b', '(x)', 'c.d', 'e?', '$5', 'f|g', 'h[i]', 'j\\k', 'l{2}', 'm^n', 'o*p', 'q/r']) expect(special.test(`.. ${s} ..`), s).toBe(true);
    for (const s of ['aab', 'x', 'cxd', 'f', 'hi', 'll', 'mn', 'op', 'qr']) expect(special.test(s), s).toBe(false);
    let found = 0;
    for (const group of groups) {
      const finder = groupFinder(group)!;
      for (const text of texts) {
        const any = group.some((s) => text.includes(s));
        found += any ? 1 : 0;
        expect(finder.test(text), `${group.slice(0, 3).join('|')}... on "${text}"`).toBe(any);
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
