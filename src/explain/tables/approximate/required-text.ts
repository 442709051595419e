/**
 * A cheap test before a pattern's own (issue #64): the literal text every match of a regular expression holds, read
 * once from its source, so that a paste without it is passed over by one `includes` instead of a run of the pattern.
 * Only what the source states for certain counts: a run of plain characters outside any group, class or quantified
 * atom; for a pattern of top-level alternatives, one such run per alternative (a match holds one of them). A pattern
 * this cannot vouch for (an alternative with no plain run, a case-insensitive or stateful flag) has no required text
 * and is always run. The answer never changes: the prefilter only skips a pattern that could not have matched.
 */

/** Characters with a meaning of their own in a pattern's source (outside a class): never plain text. */
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);

/** Where the escape at `i` (a backslash) ends: the whole of `\x41`, `\u{1F600}`, `\p{L}`, `\k<name>`, `\12`. */
function escapeEnd(source: string, i: number): number {
  const c = source[i + 1] ?? '';
  if (c === 'x') return i + 4;
  if (c === 'c') return i + 3;
  if (c === 'u') return source[i + 2] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 6;
  if (c === 'p' || c === 'P') return source.indexOf('}', i) + 1 || source.length;
  if (c === 'k') return source.indexOf('>', i) + 1 || source.length;
  let j = i + 1;
  if (/\d/.test(c)) while (/\d/.test(source[j] ?? '')) j++;
  else j++;
  return j;
}

/** Where the character class opening at `i` (`[`) ends: after its closing `]`. */
function classEnd(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j = source[j] === '\\' ? j + 2 : j + 1;
  return j + 1;
}

/** Where the group opening at `i` (`(`) ends: after its matching `)`, classes and escapes inside skipped. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(source, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** Where the quantifier at `i` ends (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy), or `i` if none. */
function quantifierEnd(source: string, i: number): number {
  let j = i;
  const c = source[i];
  if (c === '?' || c === '*' || c === '+') j = i + 1;
  else if (c === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i, i + 24));
    if (!m) return i;
    j = i + m[0].length;
  } else return i;
  return source[j] === '?' ? j + 1 : j;
}

/** The source's top-level alternatives (split at `|` outside groups and classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  let j = 0;
  while (j < source.length) {
    const c = source[j];
    if (c === '\\') j = escapeEnd(source, j);
    else if (c === '[') j = classEnd(source, j);
    else if (c === '(') j = groupEnd(source, j);
    else {
      if (c === '|') {
        out.push(source.slice(start, j));
        start = j + 1;
      }
      j++;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The longest run of plain text one alternative's every match holds ('' when it has none). */
function longestRun(source: string): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let j = 0;
  while (j < source.length) {
    const c = source[j];
    let char: string | undefined;
    let next: number;
    if (c === '\\') {
      next = escapeEnd(source, j);
      // An escaped sign (`\.`, `\(`, `\'`) is that sign; an escaped letter or digit is a class or an assertion.
      const e = source[j + 1] ?? '';
      if (next === j + 2 && /[^\p{L}\p{N}]/u.test(e)) char = e;
    } else if (c === '[') next = classEnd(source, j);
    else if (c === '(') next = groupEnd(source, j);
    else {
      next = j + 1;
      if (!SPECIAL.has(c)) char = c;
    }
    const after = quantifierEnd(source, next);
    if (char !== undefined && after === next) run += char;
    else end();
    // A quantified atom (or a `{` that is plain text in a pattern without the u flag) ends the run.
    if (source[after] === '{' || after !== next) end();
    j = Math.max(after, next);
  }
  end();
  return best;
}

/**
 * The texts one of which every match of `re` holds (matched against text as it is), or undefined when the pattern
 * gives none for certain.
 */
export function requiredTexts(re: RegExp): readonly string[] | undefined {
  return /[igyv]/.test(re.flags) ? undefined : requiredOf(re.source);
}

/** `requiredTexts` of a source: each alternative's longest run, else those of its first group (not quantified). */
function requiredOf(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alternative of alternatives(source)) {
    const run = longestRun(alternative);
    const inner = run ? undefined : wholeGroup(alternative);
    const texts = run ? [run] : inner === undefined ? undefined : requiredOf(inner);
    if (!texts) return undefined;
    out.push(...texts);
  }
  return out;
}

/**
 * The inside of an alternative's first group that every match goes through (`(?:a|b)` or a capturing one, with no
 * quantifier after it; a lookaround asserts, it does not match), or undefined.
 */
function wholeGroup(alternative: string): string | undefined {
  let j = 0;
  while (j < alternative.length) {
    const c = alternative[j];
    if (c === '(') {
      const end = groupEnd(alternative, j);
      const head = alternative.slice(j, j + 40);
      // `(`, `(?:` and `(?<name>` match their inside; `(?=`, `(?!`, `(?<=`, `(?<!` and modifiers are passed over.
      const open = head.startsWith('(?:')
        ? 3
        : (/^\(\?<[A-Za-z_$][\w$]*>/.exec(head)?.[0].length ?? (head[1] === '?' ? 0 : 1));
      if (open > 0 && quantifierEnd(alternative, end) === end) return alternative.slice(j + open, end - 1);
      j = end;
    } else j = c === '\\' ? escapeEnd(alternative, j) : c === '[' ? classEnd(alternative, j) : j + 1;
  }
  return undefined;
}

/** Whether `text` may match a pattern with these required texts (`requiredTexts`): always when it has none. */
export function mayHold(required: readonly string[] | undefined, text: string): boolean {
  return required === undefined || required.some((r) => text.includes(r));
}

/**
 * The longest word (letters a–z and digits) a required text holds whole, with a sign on each side inside the text:
 * a text that holds the required text holds that word as one of its words (`wordsOf`). '' when there is none.
 */
function wholeWord(required: string): string {
  let best = '';
  for (const m of required.matchAll(/[a-z0-9]+/g)) {
    const end = m.index + m[0].length;
    if (m.index > 0 && end < required.length && m[0].length > best.length) best = m[0];
  }
  return best;
}

/** The words of a text as `wholeWord` takes them: runs of a–z and digits. */
function wordsOf(text: string): Set<string> {
  return new Set(text.split(/[^a-z0-9]+/));
}

/**
 * Many patterns' items read against one text: the items whose patterns may all match it, found by the text's words
 * (each item filed under a whole word of one of its patterns, one per alternative) and checked by their required
 * texts, in the items' order. An item with no such word is always a candidate.
 */
export interface PatternIndex {
  readonly required: readonly (readonly (readonly string[] | undefined)[])[];
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly always: readonly number[];
}

/** The words one pattern is filed under (one per alternative), or undefined when an alternative has none. */
function patternWords(required: readonly string[] | undefined): string[] | undefined {
  const words = required?.map(wholeWord);
  return words?.every((w) => w.length > 0) ? words : undefined;
}

/** The index of items, each given by its patterns (every one must match). */
export function patternIndex(items: readonly (readonly RegExp[])[]): PatternIndex {
  const required = items.map((patterns) => patterns.map(requiredTexts));
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  required.forEach((texts, item) => {
    // The pattern whose shortest word is longest: the rarest words file the item.
    const filed = texts
      .map(patternWords)
      .filter((w): w is string[] => w !== undefined)
      .sort((a, b) => Math.min(...b.map((w) => w.length)) - Math.min(...a.map((w) => w.length)))[0];
    if (!filed) always.push(item);
    else for (const word of new Set(filed)) byWord.set(word, [...(byWord.get(word) ?? []), item]);
  });
  return { required, byWord, always };
}

/** The items (their places, ascending) whose every pattern may match `text`; each still has to be run. */
export function candidates(index: PatternIndex, text: string): number[] {
  const found = new Set(index.always);
  for (const word of wordsOf(text)) for (const item of index.byWord.get(word) ?? []) found.add(item);
  return [...found].sort((a, b) => a - b).filter((item) => index.required[item].every((texts) => mayHold(texts, text)));
}
