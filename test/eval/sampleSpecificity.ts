// Draws a further batch of paragraphs for the specificity labels from the dev corpus, reproducibly
// (fixed seed): at most one paragraph per filing, at least 25 words, headings left out, and nothing close
// to a paragraph already labelled (most word trigrams shared). Companies file much the same text year
// after year; without that last test a new paragraph could repeat a kept-aside one, and tuning on it
// would be tuning on the kept-aside set.
// Usage: tsx test/eval/sampleSpecificity.ts COUNT FIRST-ID  (prints the new paragraphs as JSON)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findSection } from '../../server/src/core/section/findSection';
import { readParagraphs, type Paragraph } from './specificityLabels';

const CORPUS = process.env.ITEM1C_CORPUS ?? path.resolve(__dirname, '../../../shared/corpus/dev');
const MIN_WORDS = 25;
const MAX_SHARED = 0.3;

/** Park-Miller: the same draw on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

function blocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim().replace(/\s+/g, ' '))
    .filter((b) => !b.startsWith('#') && !b.startsWith('|') && (b.match(/\S+/g) ?? []).length >= MIN_WORDS);
}

export function sample(count: number, firstId: number): Paragraph[] {
  const labelled = readParagraphs().map((p) => shingles(p.text));
  const next = random(20261207);
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort();
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  const chosen: Paragraph[] = [];
  const taken: Set<string>[] = [];
  for (const file of files) {
    if (chosen.length >= count) break;
    const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
    const section = findSection(text, { check: 'always' });
    const candidates = blocks(text.slice(section.span.start, section.span.end)).filter((b) => {
      const s = shingles(b);
      return !labelled.some((l) => shared(s, l) > MAX_SHARED) && !taken.some((t) => shared(s, t) > MAX_SHARED);
    });
    if (candidates.length === 0) continue;
    const pick = candidates[Math.floor(next() * candidates.length)];
    taken.push(shingles(pick));
    chosen.push({ id: `p${String(firstId + chosen.length).padStart(3, '0')}`, file, text: pick });
  }
  return chosen;
}

if (require.main === module) {
  const [count, first] = process.argv.slice(2).map(Number);
  process.stdout.write(JSON.stringify(sample(count, first), null, 1) + '\n');
}
