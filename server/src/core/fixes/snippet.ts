// Snippet text uses VS Code's syntax: `${1:placeholder}` and `${2|a,b,c|}`.

const TAB_STOP = /\$\{(\d+)(?::((?:[^{}\\]|\\.)*)|\|([^|]*)\|)\}/g;

/** Renumbers tab stops so that several templates can be joined into one snippet. Returns the highest number used. */
export function renumber(snippet: string, offset: number): { text: string; max: number } {
  let max = offset;
  const text = snippet.replace(TAB_STOP, (_m, n: string, placeholder: string | undefined, choices: string | undefined) => {
    const k = Number(n) + offset;
    max = Math.max(max, k);
    return choices !== undefined ? `\${${k}|${choices}|}` : `\${${k}:${placeholder ?? ''}}`;
  });
  return { text, max };
}

/**
 * The same text for clients without snippets: each tab stop becomes a `[●]` blank (or its bracketed
 * example, kept as the blank), each choice `[a/b/c]` (a bracketed first option is the prompt the snippet
 * shows until a choice is made, not a choice of its own).
 */
export function toPlain(snippet: string): string {
  return snippet
    .replace(TAB_STOP, (_m, _n: string, placeholder: string | undefined, choices: string | undefined) => {
      if (choices !== undefined) {
        // A comma inside an option is escaped (`\\,`), as VS Code's snippet syntax has it.
        const options = choices.split(/(?<!\\),/).map((o) => o.replace(/\\,/g, ','));
        return `[${(options[0].startsWith('[') ? options.slice(1) : options).join('/')}]`;
      }
      return placeholder !== undefined && /^\[[^\]]*\]$/.test(placeholder) ? placeholder : '[\u25CF]';
    })
    .replace(/\\([$}\\])/g, '$1');
}

/** Escapes literal text for use inside a snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}
