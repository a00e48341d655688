// The messages item1c adds to LSP, defined once for the server and the VS Code client (esbuild
// bundles this file into both). Only types and string constants: importing it pulls no library
// into the client, and the core is referenced for its types alone.
import type { ElementId, Form, Part, Severity, Status } from '../core/types';

/** Server -> client after every diagnostics publish, and the result of the request of the same name. */
export const CHECKLIST_METHOD = 'item1c/checklist';
/** Client -> server: the "Insert section" fix for one element, or for every missing element. */
export const INSERT_FIX_METHOD = 'item1c/insertFix';
/** Client -> server: the checklist report as a complete HTML page or Markdown text. */
export const EXPORT_CHECKLIST_METHOD = 'item1c/exportChecklist';

/**
 * Initialization options a client sends to opt in to these extensions. A client that does not
 * set `checklist` gets plain LSP and no `item1c/checklist` notifications.
 */
export interface Item1cInitializationOptions {
  /** The client runs `item1c.insertSnippet`, so quick fixes may carry snippets with tab stops. */
  snippetInsertion?: boolean;
  /** The client shows a checklist and wants `item1c/checklist` pushed after every check. */
  checklist?: boolean;
}

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface ChecklistElement {
  id: ElementId;
  title: string;
  part: Part;
  status: Status;
  /** One line, in words a lawyer would use. */
  reason: string;
  /** e.g. `Item 106(c)(1)` or `Item 16K(c)(1)`. */
  cite: string;
  /** Link to the rule paragraph. */
  url: string;
  /** The text of the rule paragraph the element enforces. */
  ruleText?: string;
  /** The element's own finding (missing or partial) as Problems shows it, in full; absent when there is none. */
  finding?: string;
  /** The sentences the verdict relies on, in document order. */
  evidence: LspRange[];
  /** Where the element's finding sits (for a missing element, the heading of its part), else its first evidence. */
  anchor?: LspRange;
  /** Present when the element is waived in the configuration: why. */
  waived?: { reason: string };
  /** Set by an item1c-reviewed comment; `current` is false once the evidence changed since the review. */
  review?: { by: string; on: string; current: boolean };
  /** Literal gaps of a present element, shown as information (never a warning). */
  advice?: { reason: string; cite: string }[];
  /** An "Insert section" fix exists (the element is missing). */
  fixable: boolean;
  /** Set when a previous filing is configured: what happened to the element's text since last year. */
  sinceLastYear?: 'unchanged' | 'edited' | 'new' | 'dropped';
  /** Filed practice beside the element (advice only): the element's own figure, then its practices. */
  peers?: PeerFigureView[];
}

/** One peer figure: "54 of 99 filed sections state how often ...; this draft does not." */
export interface PeerFigureView {
  /** Practice id; null for the element's own figure. */
  practice: string | null;
  /** Short label for a narrow view, e.g. `54/99 filed: briefing frequency`. */
  label: string;
  text: string;
  /** Whether this draft shows it; null when there is no section to compare. */
  inDraft: boolean | null;
}

/** Non-element findings of one rule at error severity: things to clear before filing. */
export interface BlockerGroup {
  rule: string;
  count: number;
  /** Plural-aware noun phrase for the count, e.g. `2 blanks`, `1 drafting note`. */
  label: string;
}

export interface ChecklistSummary {
  /** Always 12: the elements of Item 106 / Item 16K. */
  total: number;
  /** Present, not applicable or waived: the `9` of `9/12`. */
  addressed: number;
  present: number;
  partial: number;
  missing: number;
  notApplicable: number;
  /** Inserted text nobody has confirmed yet: not counted as addressed. */
  drafted: number;
  waived: number;
  errors: number;
  warnings: number;
  /** Severity of the worst finding in the document, `null` when there is none. */
  worst: Severity | null;
}

export interface Checklist {
  uri: string;
  /** Document version the checklist was computed for. */
  version: number;
  form: Form | null;
  /** `Item 1C` for a Form 10-K (or an unknown form), `Item 16K` for a Form 20-F. */
  item: string;
  section: {
    found: boolean;
    heading: string | null;
    range: LspRange | null;
    crossReference: string | null;
  };
  /** All twelve in disclosure order when a section was found; empty otherwise. */
  elements: ChecklistElement[];
  /** Error-severity findings that are not element verdicts (blanks, drafting notes, ...). */
  blockers: number;
  blockerGroups: BlockerGroup[];
  summary: ChecklistSummary;
  /**
   * How specific the section is: the paragraphs' grades (1 generic to 4 concrete and verifiable) averaged
   * by length, and how many paragraphs were graded; `score` is null when none was. Absent without a section.
   */
  specificity?: { score: number | null; paragraphs: number };
}

export interface ChecklistParams {
  uri: string;
}

export interface InsertFixParams {
  uri: string;
  /** An element id, or `all` for every missing element in one edit. */
  element: ElementId | 'all';
}

/** Arguments for the client's `item1c.insertSnippet` command. */
export interface SnippetInsertion {
  line: number;
  character: number;
  snippet: string;
}

export interface InsertFix {
  title: string;
  uri: string;
  version: number;
  insertions: SnippetInsertion[];
}

export type ExportFormat = 'html' | 'md';

export interface ExportChecklistParams {
  uri: string;
  format: ExportFormat;
}

/** `Item 16K` for a Form 20-F, `Item 1C` otherwise. */
export function itemLabel(form: Form | null): string {
  return form === '20-F' ? 'Item 16K' : 'Item 1C';
}

/** Nouns for the error-severity rules of the core; a rule added later falls back to a pattern or its id. */
const BLOCKER_NOUNS: readonly { test: RegExp; one: string; many: string }[] = [
  { test: /^residue-blank$|placeholder/, one: 'blank', many: 'blanks' },
  { test: /^residue-drafting-note$|note/, one: 'drafting note', many: 'drafting notes' },
  { test: /^residue-alternatives$/, one: 'unchosen alternative', many: 'unchosen alternatives' },
  { test: /^residue-template$/, one: 'template field', many: 'template fields' },
  { test: /^residue-todo$/, one: 'TODO marker', many: 'TODO markers' },
  { test: /^residue-unfinished$/, one: 'TBD marker', many: 'TBD markers' },
];

/** `2 blanks`, `1 drafting note`, or `3 <rule> findings` for a rule without a known noun. */
export function blockerLabel(rule: string, count: number): string {
  const noun = BLOCKER_NOUNS.find((n) => n.test.test(rule));
  if (noun) return `${count} ${count === 1 ? noun.one : noun.many}`;
  return `${count} ${rule} ${count === 1 ? 'finding' : 'findings'}`;
}

/** Client command behind "Show examples from filed sections" (VS Code: a quick pick of model sentences). */
export const SHOW_PEER_EXAMPLES_COMMAND = 'item1c.showPeerExamples';

/** Argument of `item1c.showPeerExamples`: everything the client shows and inserts comes from the server. */
export interface ShowPeerExamplesArgs {
  uri: string;
  /** The document version the offer was computed for; a later version gets no insertion. */
  version: number;
  /** Where a chosen example is inserted. */
  position: { line: number; character: number };
  element: string;
  elementTitle: string;
  examples: {
    /** `TSLA, fiscal 2023`. */
    source: string;
    practice: string;
    sentence: string;
    /** The bracketed reference note to insert, with its blank lines. */
    insertText: string;
  }[];
}
