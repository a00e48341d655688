// `item1c xbrl`: the cyd tagging plan of each draft, as JSON or as an Inline XBRL fragment. All the
// decisions are the core's (core/xbrl); this file reads files, parses options and formats.
//
// The JSON shape is a published contract: fields may be added, never renamed or removed. Lines are 1-based.
import { analyze, LineIndex, VERSION } from '../core';
import type { Form } from '../core';
import { isNcName, renderInlineXbrl, tagPlan, type PlannedFact, type TagPlan } from '../core/xbrl';
import { lineExtent } from './model';
import { readDraft } from './readDraft';

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

export function parseXbrlArgs(argv: readonly string[]): Parsed {
  const command: XbrlCommand = { format: 'json', form: 'auto', check: 'auto', context: 'c-1', files: [] };
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (ended || arg === '-' || !arg.startsWith('-')) {
      command.files.push(arg);
      continue;
    }
    if (arg === '--') {
      ended = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--format': {
        const v = value();
        if (v !== 'json' && v !== 'ixbrl') return { kind: 'error', message: `--format expects json or ixbrl${v === undefined ? '' : `, not '${v}'`}` };
        command.format = v;
        break;
      }
      case '--form': {
        const v = value();
        const up = v?.toUpperCase();
        if (up === 'AUTO') command.form = 'auto';
        else if (up === '10-K' || up === '20-F') command.form = up;
        else return { kind: 'error', message: `--form expects auto, 10-K or 20-F${v === undefined ? '' : `, not '${v}'`}` };
        break;
      }
      case '--check': {
        const v = value();
        if (v !== 'auto' && v !== 'always') return { kind: 'error', message: `--check expects auto or always${v === undefined ? '' : `, not '${v}'`}` };
        command.check = v;
        break;
      }
      case '--context': {
        const v = value();
        if (v === undefined || !isNcName(v)) return { kind: 'error', message: `--context expects an XML name such as c-1${v === undefined ? '' : `, not '${v}'`}` };
        command.context = v;
        break;
      }
      default:
        return { kind: 'error', message: `unknown option '${arg}'` };
    }
  }
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
