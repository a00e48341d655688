// Finds every regular expression in the analysis core, for the ReDoS check:
//  - literals, by a small tokenizer over the TypeScript sources (strings, template literals, comments
//    and division are told apart from regex literals by the token before the slash);
//  - patterns built at run time (`new RegExp(...)`), by loading the core with the RegExp constructor
//    wrapped and running it over the example drafts, which records every pattern the code builds.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FoundRegex {
  source: string;
  flags: string;
  /** file:line for literals, `runtime` for constructed patterns. */
  origin: string;
}

const KEYWORDS_BEFORE_REGEX = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await', 'and', 'or',
]);

/** Regex literals of one TypeScript source. */
export function regexLiterals(code: string, file = '<source>'): FoundRegex[] {
  const found: FoundRegex[] = [];
  // What the previous significant token was: a regex may follow an operator or punctuation, a
  // division follows an identifier, a number or a closing bracket.
  let regexAllowed = true;
  let i = 0;
  const n = code.length;
  const lineAt = (offset: number): number => code.slice(0, offset).split('\n').length;
  // Template literal nesting: each entry counts open braces inside one `${ ... }`.
  const templateStack: number[] = [];

  const skipString = (quote: string): void => {
    i++;
    while (i < n && code[i] !== quote) {
      if (code[i] === '\\') i++;
      i++;
    }
    i++;
  };

  /** Scans template text from i (just after ` or }); stops after the closing ` or at ${. */
  const scanTemplate = (): void => {
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        regexAllowed = false;
        return;
      }
      if (c === '$' && code[i + 1] === '{') {
        i += 2;
        templateStack.push(0);
        regexAllowed = true;
        return;
      }
      i++;
    }
  };

  while (i < n) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      while (i < n && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      skipString(c);
      regexAllowed = false;
      continue;
    }
    if (c === '`') {
      i++;
      scanTemplate();
      continue;
    }
    if (c === '{') {
      if (templateStack.length > 0) templateStack[templateStack.length - 1]++;
      i++;
      regexAllowed = true;
      continue;
    }
    if (c === '}') {
      if (templateStack.length > 0) {
        const depth = templateStack[templateStack.length - 1];
        if (depth === 0) {
          templateStack.pop();
          i++;
          scanTemplate();
          continue;
        }
        templateStack[templateStack.length - 1]--;
      }
      i++;
      regexAllowed = true;
      continue;
    }
    if (c === '/') {
      if (!regexAllowed) {
        i++;
        regexAllowed = true;
        continue;
      }
      const start = i;
      i++;
      let inClass = false;
      while (i < n) {
        const d = code[i];
        if (d === '\\') {
          i += 2;
          continue;
        }
        if (d === '\n') break;
        if (inClass) {
          if (d === ']') inClass = false;
        } else if (d === '[') inClass = true;
        else if (d === '/') break;
        i++;
      }
      const source = code.slice(start + 1, i);
      i++;
      const flagsStart = i;
      while (i < n && /[a-z]/i.test(code[i])) i++;
      found.push({ source, flags: code.slice(flagsStart, i), origin: `${file}:${lineAt(start)}` });
      regexAllowed = false;
      continue;
    }
    if (/[A-Za-z_$0-9]/.test(c)) {
      const start = i;
      while (i < n && /[A-Za-z_$0-9.]/.test(code[i])) i++;
      const word = code.slice(start, i);
      regexAllowed = KEYWORDS_BEFORE_REGEX.has(word);
      continue;
    }
    // `)` and `]` end an expression (a division may follow); other punctuation starts one.
    regexAllowed = !(c === ')' || c === ']');
    i++;
  }
  return found;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) out.push(p);
  }
  return out.sort();
}

export function literalRegexes(dir: string, root: string): FoundRegex[] {
  return sourceFiles(dir).flatMap((file) => regexLiterals(fs.readFileSync(file, 'utf8'), path.relative(root, file)));
}
