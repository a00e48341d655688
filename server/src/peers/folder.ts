// Reads a folder of filed sections (one Markdown file each, with an optional INDEX.md table of file,
// ticker and year) and analyses each as the checker does, for the peer figures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core';
import { RecognitionContext } from '../core/recognise/context';
import { inferFiscalYear, yearMentions } from '../core/rules/support/fiscalYear';
import type { FiledSection } from '../core/peers/count';

interface IndexRow {
  company: string;
  year: number | null;
}

/** `| file.md | TICKER | 2024 | ...` rows of INDEX.md, by file name. */
export function readIndex(dir: string): Map<string, IndexRow> {
  const out = new Map<string, IndexRow>();
  const file = path.join(dir, 'INDEX.md');
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[1].endsWith('.md')) continue;
    out.set(cells[1], { company: cells[2], year: /^\d{4}$/.test(cells[3]) ? Number(cells[3]) : null });
  }
  return out;
}

/** From the file name when INDEX.md does not list it: `aapl-2024-….md` is AAPL, 2024. */
function fromName(file: string): IndexRow {
  const [ticker, year] = file.replace(/\.md$/, '').split('-');
  return { company: (ticker ?? file).toUpperCase(), year: /^\d{4}$/.test(year ?? '') ? Number(year) : null };
}

export class FolderError extends Error {}

/** Every `*.md` file of `dir` but INDEX.md, analysed, in file-name order. */
export function readFiledSections(dir: string): FiledSection[] {
  let names: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw new FolderError(`${dir} is not a folder`);
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort();
  } catch (error) {
    if (error instanceof FolderError) throw error;
    throw new FolderError(`cannot read the folder ${dir}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new FolderError(`${dir} holds no Markdown files`);
  const index = readIndex(dir);
  return names.map((file) => {
    const report = analyze(fs.readFileSync(path.join(dir, file), 'utf8'));
    const row = index.get(file) ?? fromName(file);
    // An undated filing: the year its own text reports on ("fiscal 2024", "as of December 31, 2024").
    const inferred = row.year ?? inferFiscalYear(yearMentions(new RecognitionContext(report.sentences, report.form).sentences))?.year ?? null;
    return { report, company: row.company, fiscalYear: inferred, file };
  });
}
