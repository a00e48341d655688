import * as fs from 'node:fs';
import * as path from 'node:path';

/** The filed Item 1C sections used for measurement (read-only, beside the repository). */
export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus/dev');

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) throw new Error(`Corpus not found at ${CORPUS_DIR}`);
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'INDEX.md')
    .sort();
}

export function readCorpusFile(name: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8');
}
