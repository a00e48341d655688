// The Markdown parser's table of HTML named character references (character-entities, 2,125 names) as
// one string instead of an object literal: the same table, about 4 KB smaller in the language server's
// bundle, which has a size budget. Generated from the installed package at every build, never copied.
import { characterEntities } from 'character-entities';

/** Characters that may separate names and values: the first one that occurs in neither is used. */
const SEPARATORS = ['~', '\u00b6', '\u00a7'];

/** A module exporting `characterEntities`, equal to the package's, built from a packed string. */
export function packedEntitiesModule(entities = characterEntities) {
  const pairs = Object.entries(entities);
  const all = pairs.flat().join('');
  const sep = SEPARATORS.find((c) => !all.includes(c));
  if (sep === undefined) throw new Error('no separator for the packed entity table');
  const packed = pairs.flat().join(sep);
  return [
    `const packed = ${JSON.stringify(packed)}.split(${JSON.stringify(sep)});`,
    'export const characterEntities = {};',
    'for (let i = 0; i < packed.length; i += 2) characterEntities[packed[i]] = packed[i + 1];',
  ].join('\n');
}

/** esbuild plugin: character-entities' index.js, loaded as the packed module. */
export const PACKED_ENTITIES = {
  name: 'packed-entities',
  setup(b) {
    b.onLoad({ filter: /[\\/]character-entities[\\/]index\.js$/ }, () => ({ contents: packedEntitiesModule(), loader: 'js' }));
  },
};
