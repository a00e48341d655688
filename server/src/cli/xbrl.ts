// `item1c xbrl`: the cyd tagging plan of each draft, as JSON or as an Inline XBRL fragment. All the
// decisions are the core's (core/xbrl); this file reads files, parses options and formats.
//
// The JSON shape is a published contract: fields may be added, never renamed or removed. Lines are 1-based.
import { analyze, LineIndex, VERSION } from '../core';
import type { Form } from '../core';
import { isNcName, renderInlineXbrl, tagPlan, type PlannedFact, type TagPlan } from '../core/xbrl';
import { lineExtent } from './model';
import { readDraft } from './readDraft';
import { choice, expects, readOptions, type OptionSpec } from './options';
import { CHECK, FORM, HELP } from './commonOptions';

export const XBRL_USAGE = `Usage: item1c xbrl [options] FILE...

Maps the cybersecurity section of each draft (Form 10-K Item 1C or Form 20-F Item 16K)
onto the SEC's cyd Inline XBRL taxonomy: the text each of the ten text blocks would
carry, the value of each of the six flags and the sentence that decides it, and what
cannot be tagged and why.

Options:
  --format json|ixbrl     json: the tagging plan (default); ixbrl: an Inline XBRL (XHTML)
                          fragment of the section with the facts tagged (one FILE only)
  --form auto|10-K|20-F   form of the draft (default: auto, from the heading)
  --check auto|always     always: treat a file without an Item 1C / 16K heading as the section
  --context ID            contextRef of the facts in the ixbrl fragment (default: c-1)
  -h, --help              show this help

Exit status: 0 plan written, 2 bad usage or a file could not be read.
`;

interface XbrlCommand {
  format: 'json' | 'ixbrl';
  form: 'auto' | Form;
  check: 'auto' | 'always';
  context: string;
  files: string[];
}

type Parsed = { kind: 'run'; command: XbrlCommand } | { kind: 'help' } | { kind: 'error'; message: string };

const OPTIONS = {
  help: HELP,
  format: choice(['--format'], ['json', 'ixbrl']),
  form: FORM,
  check: CHECK,
  context: { names: ['--context'], parse: (v: string) => (isNcName(v) ? v : undefined), error: expects('an XML name such as c-1') },
} satisfies OptionSpec;

export function parseXbrlArgs(argv: readonly string[]): Parsed {
  const read = readOptions(argv, OPTIONS);
  if (read.kind === 'error') return read;
  const { values: o, args: files } = read;
  if (o.help) return { kind: 'help' };
  const command: XbrlCommand = { format: o.format ?? 'json', form: o.form ?? 'auto', check: o.check ?? 'auto', context: o.context ?? 'c-1', files };
  if (command.files.length === 0) return { kind: 'error', message: 'no files given' };
  if (command.format === 'ixbrl' && command.files.length > 1) return { kind: 'error', message: '--format ixbrl writes one fragment: give one file' };
  return { kind: 'run', command };
}

/** Runs `item1c xbrl` with the arguments after the command name; returns the exit status. */
export function runXbrl(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const parsed = parseXbrlArgs(argv);
  if (parsed.kind === 'help') {
    out.write(XBRL_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    err.write(`item1c: ${parsed.message}\n\n${XBRL_USAGE}`);
    return 2;
  }
  const { command } = parsed;
  let failed = false;
  const files: unknown[] = [];
  for (const path of command.files) {
    const read = readDraft(path);
    if (!read.ok) {
      err.write(`item1c: ${path}: ${read.error}\n`);
      files.push({ path, error: read.error });
      failed = true;
      continue;
    }
    try {
      const report = analyze(read.text, { form: command.form, check: command.check });
      const plan = tagPlan(read.text, report);
      if (command.format === 'ixbrl') {
        out.write(renderInlineXbrl(read.text, report, { contextRef: command.context }, plan));
        return 0;
      }
      files.push(fileJson(path, read.text, plan));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      err.write(`item1c: ${path}: internal error while planning the tags: ${detail}\n`);
      files.push({ path, error: `internal error: ${detail}` });
      failed = true;
    }
  }
  if (command.format === 'json') out.write(JSON.stringify({ version: VERSION, files }, null, 2) + '\n');
  return failed ? 2 : 0;
}

function fileJson(path: string, text: string, plan: TagPlan) {
  const lines = new LineIndex(text);
  return {
    path,
    // The form of the heading (or --form); a file without a section is planned as a Form 10-K.
    form: plan.form ?? '10-K',
    taggable: plan.taggable,
    facts: plan.facts.map((f) => factJson(lines, f)),
    untagged: plan.untagged,
  };
}

function factJson(lines: LineIndex, f: PlannedFact) {
  const ranges = f.spans.map((s) => lineExtent(lines, s));
  return {
    element: f.element,
    kind: f.kind,
    value: f.value,
    text: f.text,
    startLine: ranges.length > 0 ? ranges[0].startLine : null,
    endLine: ranges.length > 0 ? ranges[ranges.length - 1].endLine : null,
    reason: f.reason,
    tagged: f.tagged,
    ranges,
    elementIds: f.ids,
    part: f.part,
    ...(f.lastYear !== undefined ? { lastYear: f.lastYear } : {}),
  };
}
