// Build-time analysis for src/text/regex-gate.ts: the literal strings a regex cannot match without.
// For a regex it returns groups of strings such that every text the regex matches contains, for each
// group, at least one of its strings (lowercased for a case-insensitive regex). It reads the subset
// of regex syntax the checks use and is conservative: what it cannot read yields no group, and a
// regex it cannot parse at all yields an error (the caller then leaves that regex ungated).

const CAP = 64;

type Strings = Set<string>;
interface Node {
  /** Every string the node can consume, when they are few and known; else null. */
  lits: Strings | null;
  /** Groups the node's matches must each hit. */
  req: Strings[];
  zeroWidth?: boolean;
}

const none = (): Node => ({ lits: null, req: [] });
const zeroWidth = (): Node => ({ lits: new Set(['']), req: [], zeroWidth: true });

function product(a: Strings | null, b: Strings | null): Strings | null {
  if (!a || !b) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      out.add(x + y);
      if (out.size > CAP) return null;
    }
  }
  return out;
}

/** A group that tells something: known strings, none of them empty. */
const usable = (set: Strings | null): set is Strings => !!set && set.size > 0 && [...set].every((s) => s.length > 0);

const strength = (set: Strings) => Math.min(...[...set].map((s) => s.length)) * 100 - set.size;

/** The strongest single group a node's matches must hit, if any. */
function strongest(node: Node): Strings | undefined {
  const groups = [...node.req];
  if (usable(node.lits)) groups.push(node.lits);
  return groups.sort((a, b) => strength(b) - strength(a))[0];
}

export function requiredLiterals(re: RegExp): string[][] {
  const src = re.source;
  const icase = re.flags.includes('i');
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i} in /${src}/`);
  };
  const literal = (c: string): Node => {
    // Under the i flag only ASCII letters are known to fold simply (without u, no other character matches one).
    if (icase && c.toLowerCase() !== c.toUpperCase() && !/[a-zA-Z]/.test(c)) return none();
    return { lits: new Set([icase ? c.toLowerCase() : c]), req: [] };
  };

  function alternation(): Node {
    const alternatives = [sequence()];
    while (src[i] === '|') {
      i++;
      alternatives.push(sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    let lits: Strings | null = new Set();
    for (const a of alternatives) {
      if (!a.lits) {
        lits = null;
        break;
      }
      for (const s of a.lits) lits.add(s);
      if (lits.size > CAP) {
        lits = null;
        break;
      }
    }
    const best = alternatives.map(strongest);
    const req = best.every((b) => b !== undefined) ? [new Set(best.flatMap((b) => [...b!]))] : [];
    return { lits, req };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(quantified());
    const req = items.flatMap((x) => x.req);
    let lits: Strings | null = new Set(['']);
    // Runs of consecutive known items are consumed contiguously: their products are required too.
    let run: Strings = new Set(['']);
    const flush = () => {
      if (usable(run)) req.push(run);
      run = new Set(['']);
    };
    for (const item of items) {
      lits = product(lits, item.lits);
      if (!item.lits) {
        flush();
        continue;
      }
      const longer = product(run, item.lits);
      if (longer) run = longer;
      else {
        flush();
        run = item.lits.size <= CAP ? new Set(item.lits) : new Set(['']);
      }
    }
    flush();
    return { lits, req: req.filter(usable) };
  }

  function quantified(): Node {
    const atom = single();
    let min = 1;
    let max = 1;
    const bounds = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (src[i] === '?') [min, max] = [0, 1];
    else if (src[i] === '*') [min, max] = [0, Infinity];
    else if (src[i] === '+') [min, max] = [1, Infinity];
    else if (bounds) {
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
    } else return atom;
    i += bounds ? bounds[0].length : 1;
    if (src[i] === '?') i++; // lazy
    if (atom.zeroWidth) return atom;
    if (min === 0) return { lits: max === 1 && atom.lits ? new Set([...atom.lits, '']) : null, req: [] };
    const req = [...atom.req];
    if (usable(atom.lits)) req.push(atom.lits);
    let lits: Strings | null = null;
    if (min === max && atom.lits) {
      lits = new Set(['']);
      for (let k = 0; k < min && lits; k++) lits = product(lits, atom.lits);
    }
    return { lits, req };
  }

  function characterClass(): Node {
    i++; // [
    const negated = src[i] === '^';
    if (negated) i++;
    const chars = new Set<string>();
    let known = true;
    while (src[i] !== ']') {
      if (i >= src.length) fail('unterminated class');
      let c = src[i]!;
      i++;
      if (c === '\\') {
        const e = src[i]!;
        i++;
        if (/[dDwWsSbBuxcpPk]/.test(e)) {
          known = false;
          continue;
        }
        c = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
      }
      if (src[i] === '-' && src[i + 1] !== ']') {
        // A range: skip its end.
        known = false;
        i++;
        i += src[i] === '\\' ? 2 : 1;
        continue;
      }
      if (icase && c.toLowerCase() !== c.toUpperCase() && !/[a-zA-Z]/.test(c)) known = false;
      chars.add(icase ? c.toLowerCase() : c);
    }
    i++; // ]
    return negated || !known || chars.size === 0 || chars.size > 6 ? none() : { lits: chars, req: [] };
  }

  function single(): Node {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let lookaround = false;
      if (src[i] === '?') {
        const next = src.slice(i + 1, i + 3);
        if (next[0] === ':') i += 2;
        else if (next[0] === '=' || next[0] === '!') [i, lookaround] = [i + 2, true];
        else if (next === '<=' || next === '<!') [i, lookaround] = [i + 3, true];
        else if (next[0] === '<') i = src.indexOf('>', i) + 1;
        else fail('unknown group');
      }
      const inner = alternation();
      if (src[i] !== ')') fail('expected )');
      i++;
      // What a lookaround looks at is not consumed: it requires nothing here.
      return lookaround ? zeroWidth() : inner;
    }
    if (c === '[') return characterClass();
    i++;
    if (c === '.') return none();
    if (c === '^' || c === '$') return zeroWidth();
    if (c === '*' || c === '+' || c === '?') fail('nothing to repeat');
    if (c !== '\\') return literal(c);
    const e = src[i]!;
    i++;
    if (e === 'b' || e === 'B') return zeroWidth();
    if (/[dDwWsS1-9]/.test(e)) return none();
    // A named backreference, like a numbered one, can match anything.
    if (e === 'k' && src[i] === '<') {
      const end = src.indexOf('>', i);
      if (end < 0) fail('unterminated \\k<');
      i = end + 1;
      return none();
    }
    if (/[uxcpPk0]/.test(e)) fail(`escape \\${e}`);
    return literal(e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e);
  }

  const root = alternation();
  if (i !== src.length) fail('unbalanced )');
  const groups = [...root.req];
  if (usable(root.lits)) groups.push(root.lits);
  const seen = new Set<string>();
  return groups
    .map((g) => [...g])
    .filter((g) => {
      const key = [...g].sort().join('\n');
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** A group without its strings that hold another of its strings: a text with one has the other. */
function minimal(group: string[]): string[] {
  return group.filter((s, i) => !group.some((t, j) => j !== i && s.includes(t) && (t !== s || j < i)));
}

/**
 * The groups worth checking: each made minimal, cheapest first (fewest strings, all of them words of
 * some length: a group holding "a" or "=" refuses little). A text is checked against the next group
 * only while it passes the previous ones, so the later groups cost little and refuse more.
 */
export function gateOf(re: RegExp, max = 4): string[][] {
  const cost = (g: string[]) => g.length + (Math.min(...g.map((s) => s.length)) < 4 ? 100 : 0);
  return requiredLiterals(re)
    .map(minimal)
    .sort((a, b) => cost(a) - cost(b))
    .slice(0, max);
}
