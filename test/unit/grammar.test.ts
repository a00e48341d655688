// The injected TextMate grammar (syntaxes/item1c.injection.tmLanguage.json) colours blanks, drafting
// notes, bracketed alternatives, TBD / TODO markers and item1c waiver comments in Markdown. Its patterns
// are Oniguruma regular expressions; the ones it uses are also valid JavaScript once inline
// case-insensitivity is spelt out, which is how they are checked here against samples.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const FILE = path.resolve(__dirname, '../../syntaxes/item1c.injection.tmLanguage.json');

interface Rule {
  match: string;
  name: string;
  captures?: Record<string, { name: string }>;
}

const grammar = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { scopeName: string; patterns: { include: string }[]; repository: Record<string, Rule> };

/** `(?i)` at the start becomes the `i` flag; `(?i:...)` groups get `[aA]` classes for their letters. */
function toJs(onig: string): RegExp {
  let source = onig;
  let flags = '';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags = 'i';
  }
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('(?i:', i)) {
      let depth = 1;
      let j = i + 4;
      let inClass = false;
      out += '(?:';
      for (; j < source.length && depth > 0; j++) {
        const c = source[j];
        if (c === '\\') {
          out += c + source[++j];
          continue;
        }
        if (inClass) {
          if (c === ']') inClass = false;
          out += c;
          continue;
        }
        if (c === '[') inClass = true;
        if (c === '(') depth++;
        if (c === ')') depth--;
        out += /[a-z]/i.test(c) && depth > 0 ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
      }
      i = j - 1;
      continue;
    }
    out += source[i];
  }
  return new RegExp(out, flags);
}

function matched(rule: string, text: string): string | null {
  const m = toJs(grammar.repository[rule].match).exec(text);
  return m ? m[0] : null;
}

describe('TextMate injection grammar', () => {
  it('is valid JSON with its scope name, and every include resolves', () => {
    assert.equal(grammar.scopeName, 'markdown.item1c.injection');
    for (const p of grammar.patterns) assert.ok(grammar.repository[p.include.slice(1)], p.include);
    for (const [name, rule] of Object.entries(grammar.repository)) {
      assert.ok(rule.name.endsWith('.item1c'), `${name}: scope ${rule.name}`);
      assert.doesNotThrow(() => toJs(rule.match), name);
    }
  });

  it('colours waiver comments, with the directive, the ids and the reason apart', () => {
    const rule = grammar.repository['waiver-directive'];
    const m = toJs(rule.match).exec('text <!-- item1c-disable-next-line residue-blank, residue-todo: figures come on filing day --> more');
    assert.ok(m);
    assert.equal(m[2], 'item1c-disable-next-line');
    assert.equal(m[3].trim(), 'residue-blank, residue-todo');
    assert.equal(m[5], 'figures come on filing day');
    assert.equal(rule.captures?.['2'].name, 'keyword.control.directive.item1c');
    for (const d of ['<!-- item1c-disable residue-blank: x -->', '<!-- item1c-enable residue-blank -->', '<!-- item1c-enable -->', '<!-- item1c-disable-file board-committee: full board -->']) {
      assert.equal(matched('waiver-directive', d), d);
    }
    assert.equal(matched('waiver-directive', '<!-- item1c-disabled x: y -->'), null, 'a misspelt directive is not a waiver');
    assert.ok(matched('other-directive', '<!-- item1c-disabled x: y -->'));
    assert.equal(matched('waiver-directive', '<!-- a plain comment -->'), null);
  });

  it('colours bracketed alternatives, not dates', () => {
    for (const s of ['[quarterly/annually]', '[has/has not]', '[CISO/CIO]', '[the Board / the Audit Committee]', '[quarterly/semi-annually/annually]']) {
      assert.equal(matched('alternatives', `The CISO reports ${s} to the Board.`), s);
    }
    assert.equal(matched('alternatives', 'Tested on [3/31] and [12/31/2024].'), null);
    assert.equal(matched('alternatives', 'See [the policy](https://example.com/a/b).'), null);
  });

  it('colours TBD, TODO and unfinished brackets, in capitals only when bare', () => {
    for (const s of ['TBD', 'TBC', 'TODO', 'FIXME', '[TK]', '[to come]', '[To Be Updated]', '[?]', '[tbd]']) {
      assert.equal(matched('unfinished', `Our vendor is ${s} now.`), s);
    }
    assert.equal(matched('unfinished', 'The todo list and tbd notes.'), null);
  });

  it('colours drafting notes and blanks', () => {
    for (const s of ['[Note to Draft: confirm]', '[NTD: check]', '[Drafting Note: move]', '[Company to confirm]', '[Comment: vague]']) {
      assert.equal(matched('drafting-note', `Text ${s} text.`), s);
    }
    assert.equal(matched('placeholder', 'We have [●] analysts.'), '[●]');
    assert.equal(matched('placeholder', 'We have [ • ] analysts.'), '[ • ]');
  });
});
