// VS Code applies several SnippetTextEdits as ONE snippet session, so `${1:...}` in two inserted
// sections would become the same linked tab stop and typing in one would overwrite the other.
// Renumbering gives each insertion its own stops, in document order. Pure: no vscode import.

/**
 * Shifts the tab stop numbers of each snippet past those of the snippets before it.
 * `$0` (final stop) is kept only in the last snippet; earlier ones get an ordinary number so
 * they stay reachable without competing for the final cursor position.
 */
export function renumberTabStops(snippets: readonly string[]): string[] {
  let offset = 0;
  return snippets.map((snippet, index) => {
    const last = index === snippets.length - 1;
    const { max, hasFinal } = scanTabStops(snippet);
    // An earlier snippet's `$0` becomes the stop after its own highest one.
    const used = hasFinal && !last ? max + 1 : max;
    const result = mapTabStops(snippet, (n) => (n === 0 ? (last ? 0 : offset + max + 1) : offset + n));
    offset += used;
    return result;
  });
}

function scanTabStops(snippet: string): { max: number; hasFinal: boolean } {
  let max = 0;
  let hasFinal = false;
  mapTabStops(snippet, (n) => {
    max = Math.max(max, n);
    hasFinal ||= n === 0;
    return n;
  });
  return { max, hasFinal };
}

/** Rewrites every `$n`, `${n}`, `${n:`, `${n|` and `${n/` while leaving escaped `\$` alone. */
function mapTabStops(snippet: string, map: (n: number) => number): string {
  let out = '';
  let i = 0;
  while (i < snippet.length) {
    const ch = snippet[i];
    if (ch === '\\') {
      out += snippet.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '$') {
      const braced = snippet[i + 1] === '{';
      const digits = /^\d+/.exec(snippet.slice(i + (braced ? 2 : 1)));
      const next = digits ? snippet[i + (braced ? 2 : 1) + digits[0].length] : undefined;
      if (digits && (!braced || (next !== undefined && ':|}/'.includes(next)))) {
        out += (braced ? '${' : '$') + String(map(Number(digits[0])));
        i += (braced ? 2 : 1) + digits[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}
