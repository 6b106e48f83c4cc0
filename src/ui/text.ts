// Plain-text layout helpers shared by everything that prints.

/** Wraps text to a width, keeping paragraph breaks, with an indent on every line. */
export function wrap(text: string, width: number, indent = ''): string {
  const usable = Math.max(20, width - indent.length);
  return text
    .split(/\n/)
    .map((paragraph) => {
      // A command (mlsd ...) is kept on one line, so that it can be copied whole.
      if (visibleLength(paragraph) > usable) paragraph = paragraph.replace(COMMAND, (cmd) => (cmd.length <= usable ? cmd.replace(/ /g, KEEP) : cmd));
      const words = paragraph.split(/\s+/).filter(Boolean);
      if (words.length === 0) return '';
      const lines: string[] = [];
      let line = '';
      for (const word of words) {
        if (visibleLength(word) > usable && hasWide(word)) {
          // Text without spaces (Chinese, Japanese) may break between any two characters.
          let chunk = line ? `${line} ` : '';
          for (const ch of word.match(UNITS) ?? []) {
            if (chunk.trim() && visibleLength(chunk + ch) > usable) {
              lines.push(chunk.trimEnd());
              chunk = '';
            }
            chunk += ch;
          }
          line = chunk;
        } else if (line && visibleLength(line) + 1 + visibleLength(word) > usable) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.map((l) => indent + l).join('\n');
    })
    .join('\n')
    .replaceAll(KEEP, ' ');
}

// Leading space and a list marker ("- ", "• ", "✗ ", "12. "): continuation lines align after them.
const LEAD = /^(\s*(?:(?:\u001b\[[0-9;]*m)*(?:[-*•+✓✗~!>]|\d+[.)]|\[[ x]\])(?:\u001b\[[0-9;]*m)*\s+)?)/;

// "mlsd" and its arguments, each ending at a space or punctuation (an id with capitals is one argument).
const COMMAND = /\bmlsd(?: (?:--?[a-z][a-z0-9-]*|[a-zA-Z0-9][a-zA-Z0-9._-]*)(?=$|[\s,;:)\]]))+/g;
const KEEP = '\u0001';

/**
 * Every line fitted to the width by words, for text printed straight to a terminal: a line that
 * fits is left as it is; a longer one wraps with its continuation aligned under its text.
 */
export function fitLines(text: string, width: number): string {
  if (!text.includes('\n') && visibleLength(text) <= width) return text;
  return text
    .split('\n')
    .map((line) => {
      if (visibleLength(line) <= width) return line;
      const lead = LEAD.exec(line)![1]!;
      const pad = ' '.repeat(visibleLength(lead));
      if (pad.length > width / 2) return wrap(line, width);
      const body = wrap(line.slice(lead.length), width, pad);
      return lead + body.slice(pad.length);
    })
    .join('\n');
}

/** A hanging indent: the first line starts with the marker, later lines align under the text. */
export function bullet(marker: string, text: string, width: number, indent = '  '): string {
  const pad = ' '.repeat(visibleLength(marker) + 1);
  const body = wrap(text, width, indent + pad);
  return indent + marker + ' ' + body.slice(indent.length + pad.length);
}

// Matches ANSI colour codes, so that widths are measured as a person sees them.
const ANSI = /\u001b\[[0-9;]*m/g;

// Characters a terminal draws two columns wide: East Asian wide and fullwidth forms, and emoji.
// (string-width does this fully, but importing it costs tens of milliseconds on every start.)
const WIDE =
  /[\u1100-\u115F\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/gu;
// Marks that combine with the character before them, and joiners: no column of their own.
const ZERO = /[\p{M}\u200B-\u200F\uFE0E\uFE0F]/gu;

// A colour code, or a character with the marks that combine with it.
const UNITS = /\u001b\[[0-9;]*m|\P{M}\p{M}*/gu;

function hasWide(s: string): boolean {
  WIDE.lastIndex = 0;
  return WIDE.test(s);
}

/** Columns a string takes on a terminal: colour codes take none, wide characters two. */
export function visibleLength(s: string): number {
  const plain = s.replace(ANSI, '');
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let n = 0;
  for (const _ of plain) n++;
  return n + (plain.match(WIDE)?.length ?? 0) - (plain.match(ZERO)?.length ?? 0);
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleLength(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleLength(s))) + s;
}

/** Lays out rows as columns; the last column is not padded. */
export function table(rows: string[][], gap = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join(gap).trimEnd())
    .join('\n');
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * A table that fits a width: columns named in `drop` go first, in that order, then the `shrink`
 * column is cut with an ellipsis. Ids and commands are never cut. Without a width (a pipe), rows
 * are laid out in full.
 */
export function fitTable(rows: string[][], width: number | undefined, options: { drop?: number[]; shrink?: number } = {}, gap = '  '): string {
  if (!width) return table(rows, gap);
  let columns = rows[0]!.map((_, i) => i);
  const total = (cols: number[]) =>
    cols.reduce((sum, c) => sum + Math.max(...rows.map((r) => visibleLength(r[c] ?? ''))), 0) + gap.length * (cols.length - 1);
  for (const d of options.drop ?? []) {
    if (total(columns) <= width) break;
    columns = columns.filter((c) => c !== d);
  }
  let picked = rows.map((r) => columns.map((c) => r[c] ?? ''));
  const over = total(columns) - width;
  const s = options.shrink === undefined ? -1 : columns.indexOf(options.shrink);
  if (over > 0 && s >= 0) {
    const current = Math.max(...picked.map((r) => visibleLength(r[s]!)));
    const keep = Math.max(8, current - over);
    picked = picked.map((r) => r.map((cell, i) => (i === s && visibleLength(cell) > keep ? `${stripAnsi(cell).slice(0, keep - 1)}…` : cell)));
  }
  return table(picked, gap);
}

function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** A moment as people read it, in their own time zone: 2026-12-01 09:30. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The width a prompt lays its own lines out to: one column short of the terminal, so nothing wraps. */
export function promptWidth(): number {
  return Math.max(40, (process.stdout.columns || 80) - 1);
}

/** Text that follows a prompt's message on its line, wrapped by words, later lines indented under it. */
export function afterMessage(message: string, text: string, width = promptWidth()): string {
  // After the message's last line, which follows "? " or is indented by two.
  const lead = 'x'.repeat(visibleLength(message.split('\n').pop()!) + 3);
  return wrap(`${lead} ${text}`, width).slice(lead.length + 1).replace(/\n/g, '\n  ');
}

/** The first clause of a description, as a name: up to a full stop, semicolon, colon or ", and". */
export function firstClause(text: string, max: number): string {
  const first = text.split(/(?<=[.;:])\s|,\s(?=and |but )/)[0]!.replace(/[.;:]$/, '');
  return first.length <= max ? first : `${first.slice(0, max - 3).replace(/\s+\S*$/, '')}...`;
}
