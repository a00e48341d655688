// A Markdown draft into a Word document for the disclosure committee, with the docx package.
// Headings use Word's heading styles, so the navigation pane and a table of contents work; what must
// not reach the filed text (blanks, drafting notes, unmade choices: the residue findings of the core)
// is highlighted, so a reader of the Word file sees it at a glance; an optional appendix carries the
// checklist. HTML comments (waivers, review records) are the tool's own notes and are left out.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Blockquote, List, Nodes, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { analyze, type AnalyzeOptions, type Span } from '../core';
import { checklistAppendix } from './checklistAppendix';

export interface ExportOptions {
  /** Adds the checklist (status, citation and reason per element, then the blockers) as an appendix. */
  checklist?: boolean;
  /** How the analysis reads the draft (form, strictness, rules from `.item1c.json`). */
  analyze?: AnalyzeOptions;
  /** How the draft is named in the appendix. */
  source?: string;
  /** When the checklist was made, as it should be printed; omitted when absent. */
  generated?: string;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const ORDERED = 'item1c-ordered';
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

interface Style {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

interface Context {
  markdown: string;
  /** Residue spans of the draft, sorted: highlighted wherever their text lands. */
  residue: Span[];
  footnoteIds: Map<string, number>;
  footnotes: Record<number, { children: Paragraph[] }>;
  definitions: Map<string, RootContent[]>;
  nextListInstance: number;
}

/** Pieces of `value` and whether each is residue, from the node's place in the Markdown. */
function highlightPieces(ctx: Context, value: string, start: number | undefined, end: number | undefined): { text: string; residue: boolean }[] {
  if (start === undefined || end === undefined) return [{ text: value, residue: false }];
  const overlapping = ctx.residue.filter((s) => s.start < end && s.end > start);
  if (overlapping.length === 0) return [{ text: value, residue: false }];
  const ranges: [number, number][] = [];
  const source = ctx.markdown.slice(start, end);
  for (const span of overlapping) {
    if (source === value) {
      ranges.push([Math.max(0, span.start - start), Math.min(value.length, span.end - start)]);
    } else {
      // Escapes or entities make the source longer than the text: find the residue's own text.
      const wanted = ctx.markdown.slice(Math.max(span.start, start), Math.min(span.end, end)).replace(/\\(.)/g, '$1');
      const at = value.indexOf(wanted);
      if (at >= 0 && wanted.length > 0) ranges.push([at, at + wanted.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: { text: string; residue: boolean }[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const begin = Math.max(from, at);
    if (begin > at) pieces.push({ text: value.slice(at, begin), residue: false });
    pieces.push({ text: value.slice(begin, to), residue: true });
    at = to;
  }
  if (at < value.length) pieces.push({ text: value.slice(at), residue: false });
  return pieces;
}

function textRuns(ctx: Context, value: string, style: Style, start?: number, end?: number): TextRun[] {
  return highlightPieces(ctx, value, start, end)
    .filter((p) => p.text !== '')
    .map((p) => new TextRun({ text: p.text, bold: style.bold, italics: style.italics, strike: style.strike, ...(style.code ? { font: 'Courier New' } : {}), ...(p.residue ? { highlight: 'yellow' } : {}) }));
}

function phrasing(ctx: Context, nodes: readonly PhrasingContent[], style: Style = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(...textRuns(ctx, node.value, style, node.position?.start.offset, node.position?.end.offset));
        break;
      case 'emphasis':
        out.push(...phrasing(ctx, node.children, { ...style, italics: true }));
        break;
      case 'strong':
        out.push(...phrasing(ctx, node.children, { ...style, bold: true }));
        break;
      case 'delete':
        out.push(...phrasing(ctx, node.children, { ...style, strike: true }));
        break;
      case 'inlineCode':
        out.push(...textRuns(ctx, node.value, { ...style, code: true }));
        break;
      case 'break':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link':
        out.push(new ExternalHyperlink({ link: node.url, children: phrasing(ctx, node.children, style).filter((c): c is TextRun => c instanceof TextRun) }));
        break;
      case 'linkReference':
        out.push(...phrasing(ctx, node.children, style));
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) out.push(new TextRun({ text: `[${node.alt}]`, italics: true }));
        break;
      case 'footnoteReference':
        out.push(new FootnoteReferenceRun(footnoteId(ctx, node.identifier)));
        break;
      case 'html':
        // Waivers and review records are the checker's notes on the draft, not the draft.
        if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) out.push(...textRuns(ctx, node.value, style));
        break;
      default:
        break;
    }
  }
  return out;
}

function footnoteId(ctx: Context, identifier: string): number {
  let id = ctx.footnoteIds.get(identifier);
  if (id === undefined) {
    id = ctx.footnoteIds.size + 1;
    ctx.footnoteIds.set(identifier, id);
    const body = ctx.definitions.get(identifier) ?? [];
    const paragraphs = blocks(ctx, body, { listLevel: -1 }).filter((b): b is Paragraph => b instanceof Paragraph);
    ctx.footnotes[id] = { children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')] };
  }
  return id;
}

interface BlockState {
  /** Nesting level of the enclosing list, -1 outside lists. */
  listLevel: number;
  /** How the paragraphs of the current list item are numbered. */
  numbering?: { ordered: boolean; instance: number; first: boolean };
  indent?: number;
}

function blocks(ctx: Context, nodes: readonly RootContent[], state: BlockState): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const node of nodes) out.push(...block(ctx, node, state));
  return out;
}

function block(ctx: Context, node: RootContent, state: BlockState): (Paragraph | Table)[] {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: phrasing(ctx, node.children) })];
    case 'paragraph': {
      const children = phrasing(ctx, node.children);
      if (children.length === 0) return [];
      const numbering = state.numbering;
      if (numbering && numbering.first) {
        numbering.first = false;
        return [
          numbering.ordered
            ? new Paragraph({ children, numbering: { reference: ORDERED, level: Math.min(state.listLevel, 8), instance: numbering.instance } })
            : new Paragraph({ children, bullet: { level: Math.min(state.listLevel, 8) } }),
        ];
      }
      // A second paragraph of a list item continues it, indented like it, without a new number.
      const indent = state.listLevel >= 0 ? 720 * (state.listLevel + 1) : state.indent;
      return [new Paragraph({ children, ...(indent ? { indent: { left: indent } } : {}) })];
    }
    case 'list':
      return list(ctx, node, state);
    case 'blockquote':
      return blockquote(ctx, node, state);
    case 'table':
      return [table(ctx, node)];
    case 'code':
      return node.value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }));
    case 'thematicBreak':
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('* * *')] })];
    case 'html':
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return [];
      return [new Paragraph({ children: textRuns(ctx, node.value, {}) })];
    case 'footnoteDefinition':
    case 'definition':
    case 'yaml' as RootContent['type']:
      return [];
    default:
      return [];
  }
}

function list(ctx: Context, node: List, state: BlockState): (Paragraph | Table)[] {
  const level = state.listLevel + 1;
  const instance = ctx.nextListInstance++;
  const out: (Paragraph | Table)[] = [];
  for (const item of node.children) {
    const itemState: BlockState = { listLevel: level, numbering: { ordered: node.ordered === true, instance, first: true } };
    for (const child of item.children) {
      // A nested list inside the item is numbered at the next level, not as the item's paragraph.
      out.push(...block(ctx, child, child.type === 'list' ? { listLevel: level } : itemState));
    }
  }
  return out;
}

function blockquote(ctx: Context, node: Blockquote, state: BlockState): (Paragraph | Table)[] {
  return blocks(ctx, node.children, { listLevel: -1, indent: (state.indent ?? 0) + 720 });
}

function table(ctx: Context, node: MdTable): Table {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row.children[c];
            const children = cell ? phrasing(ctx, cell.children) : [];
            return new TableCell({ children: [new Paragraph({ children })] });
          }),
        }),
    ),
  });
}

function collectDefinitions(root: Root): Map<string, RootContent[]> {
  const map = new Map<string, RootContent[]>();
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') map.set(node.identifier, node.children);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return map;
}

/** The Word document (.docx bytes) for a Markdown draft. */
export async function markdownToDocx(markdown: string, options: ExportOptions = {}): Promise<Uint8Array> {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  // Without a heading the whole file is the draft: its blanks and notes are highlighted all the same.
  const report = analyze(markdown, { check: 'always', maxBytes: 0, ...options.analyze });
  const residue = report.findings.filter((f) => f.rule.startsWith('residue-')).map((f) => f.span).sort((a, b) => a.start - b.start);
  const ctx: Context = { markdown, residue, footnoteIds: new Map(), footnotes: {}, definitions: collectDefinitions(root), nextListInstance: 1 };

  const children: (Paragraph | Table)[] = blocks(ctx, root.children, { listLevel: -1 });
  if (options.checklist) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(...checklistAppendix({ report, text: markdown, source: options.source ?? 'draft', ...(options.generated ? { generated: options.generated } : {}) }));
  }

  const doc = new Document({
    creator: 'item1c',
    title: report.section.heading ?? 'Cybersecurity disclosure draft',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: ORDERED_FORMATS[level % ORDERED_FORMATS.length],
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: ctx.footnotes,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
