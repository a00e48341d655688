// `item1c check draft.docx`: a Word draft is converted to Markdown first (comments as drafting notes,
// pending tracked changes as one note), then checked like any draft. Findings are told as the Word
// user finds them: the paragraph's number and a quote of it, not lines of a Markdown file they never saw.
import type { Span } from '../core';
import { LineIndex } from '../core';
import type { ReadOutcome } from './readDraft';
import { readDraft } from './readDraft';
import { isWordFile, loadWord } from './wordModule';
import { convertWordFile } from './wordFile';

export interface WordLocation {
  paragraph: number | null;
  where: string;
  quote: string;
}

/** What a checked Word draft adds to its outcome. */
export interface WordSource {
  comments: number;
  trackedChanges: number;
  locate(text: string, span: Span): WordLocation;
}

export type DraftReader = (path: string) => ReadOutcome & { word?: WordSource };

/**
 * Converts the Word files among `files` (nothing is loaded when there are none) and returns a reader
 * that serves their Markdown, and reads every other file as before.
 */
export async function wordDraftReader(files: readonly string[], maxFileSizeMB = 10): Promise<DraftReader> {
  const converted = new Map<string, ReadOutcome & { word?: WordSource }>();
  for (const path of files) {
    if (converted.has(path) || !isWordFile(path)) continue;
    const read = await convertWordFile(path, maxFileSizeMB * 1024 * 1024);
    if (!read.ok) {
      converted.set(path, read);
      continue;
    }
    const { conversion } = read;
    let lines: LineIndex | undefined;
    const source: WordSource = {
      comments: conversion.comments.length,
      trackedChanges: conversion.trackedChanges.total,
      locate(text, span) {
        lines ??= new LineIndex(text);
        const at = lines.positionAt(span.start);
        return loadWord().wordLocation(conversion, at.line, at.character);
      },
    };
    converted.set(path, { ok: true, text: conversion.markdown, word: source });
  }
  return (path) => converted.get(path) ?? readDraft(path);
}

/** `"We engage assessors [Company to confirm]."`, cut to a line. */
export function quoteLine(text: string, max = 100): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length <= max ? t : `${t.slice(0, max - 3)}...`}"`;
}

/** One Word draft as text for the checks (the batch scan's reader), or why it cannot be read. */
export async function readWordDraft(path: string): Promise<ReadOutcome> {
  const read = (await wordDraftReader([path]))(path);
  return read.ok ? { ok: true, text: read.text } : read;
}
