// Stands in for Markdown's serializer (mdast-util-to-markdown, markdown-table) in the language server's
// bundle. The server only parses Markdown; remark-gfm registers GFM's serializer as well, which takes
// these at registration without calling them. A call would be a bug, and says so.
export const defaultHandlers = {};

export function markdownTable() {
  throw new Error('item1c-language-server does not write Markdown');
}
