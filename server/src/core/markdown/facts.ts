// What the core reads from the mdast of a chunk, with offsets relative to the chunk. Only these facts
// are kept (by the chunk's text): the tree itself is dropped once they are read, so that the cache holds
// a few numbers per block rather than every node of a section.

export type BlockKind = 'paragraph' | 'heading' | 'cell';

export interface RelBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** A paragraph whose only content is one strong span (`**Governance**`): a heading in all but name. */
  bold?: boolean;
}

/**
 * A node that may make its line a sub-heading: an ATX or setext heading (`depth` 1-6), or strong
 * emphasis written with `**` or `__` (depth 0). Whether it does is decided in section/subsections.ts,
 * from the line it starts on.
 */
export interface RelHeadingMark {
  start: number;
  /** Where the heading or the strong span ends. */
  end: number;
  depth: number;
  setext?: boolean;
}

export interface ChunkFacts {
  blocks: RelBlock[];
  /** [start, end) ranges that are Markdown syntax rather than prose, in order, possibly overlapping. */
  syntax: Array<[number, number]>;
  headings: RelHeadingMark[];
  /** Labels of the link reference definitions in the chunk, as written. */
  definitions: string[];
}
