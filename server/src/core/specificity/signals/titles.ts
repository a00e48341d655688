// Named management positions: "Chief Information Security Officer", "CISO", "Senior Vice President of
// Software Engineering", "General Counsel". "Management" and "our security team" are not titles.
import { eachSentence, findAll, type Family } from './family';

const PATTERNS = [
  // Up to five words between "Chief" and "Officer" ("Chief Legal & Compliance Officer"), none of them
  // starting the next title ("Chief Security Officer and Chief Information Officer" are two).
  /\bchief(?: (?!chief\b|officers?\b)[\w&-]+){0,5},? officers?\b/gi,
  /\b(?:CISO|CIO|CTO|CSO|CRO|CPO|CDO|CCO|CDDO|CIDO|CIPO|CLO|CLCO|CCAO|BISO|CEO|CFO|COO|CAO|CIRO|DPO|EVP|SVP)s?\b/g,
  /\b(?:senior |executive |group |corporate )?vice presidents?\b/gi,
  /\b(?:general counsel|data protection officer|information security officer)\b/gi,
  /\b(?:head|director)s? of (?:global |corporate |enterprise )?(?:information security|cyber ?security|security|information technology|IT|technology|privacy|internal audit|risk management|risk|compliance)\b/gi,
  // Any other title by its shape: an office word followed by "of" or a comma and a capitalised field
  // ("Director of Security Operations", "Head of Cyber Defense", "Director, Information Security").
  /\b(?:(?:Senior|Global|Executive|Associate|Deputy) )?(?:Head|Director|Manager|Lead|Leader)(?: of|,) (?!the\b|our\b|Directors\b|Chief\b)[A-Z][A-Za-z]+(?: (?:&|and) [A-Z][A-Za-z]+| [A-Z][A-Za-z]+){0,3}\b/g,
];

const LINKING = new Set(['and', '&', 'of', 'the']);

/** "Chief Information Security Officer" and "CISO" are one title: both key to `ciso`. */
function titleKey(text: string): string {
  const words = text.replace(/[’']s\b/g, '').split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length > 1 && /^chief$/i.test(words[0])) {
    return words
      .filter((w) => !LINKING.has(w.toLowerCase()))
      .map((w) => w[0].toLowerCase())
      .join('')
      .replace(/s$/, '');
  }
  if (words.length === 1 && /^[A-Z]+s?$/.test(words[0])) return words[0].toLowerCase().replace(/s$/, '');
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/s\b/g, '');
}

export const TITLES: Family = {
  id: 'title',
  label: 'titles',
  tier: 2,
  weight: 1,
  cap: 3,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS, titleKey)),
};
