// Named security practices: penetration testing, tabletop exercises, phishing simulations... "Robust
// processes" and "appropriate safeguards" are not practices; neither is cyber insurance, which almost
// every filer mentions, nor an incident response plan, which nearly every filer says it has.
import { eachSentence, findAll, type Family } from './family';

const NAMED_PRACTICES = [
  /\bpen(?:etration)?[ -]test(?:s|ing|ers?)?\b/gi,
  /\btable-?top(?:s| exercises?| simulations?)?\b/gi,
  /\b(?:simulated phishing|phishing (?:simulations?|exercises?|tests?|testing|campaigns?|training))\b/gi,
  /\b(?:red|purple)[ -]team(?:s|ing)?\b/gi,
  /\bvulnerability (?:scan(?:s|ning)?|assessments?|management|disclosure)\b/gi,
  /\bbug bount(?:y|ies)\b/gi,
  /\bthreat (?:intelligence|hunting|model(?:l)?ing)\b/gi,
  /\b(?:security )?awareness training\b|\b(?:cyber ?security|security|information security|privacy|data protection|mandatory|required) training\b/gi,
  /\bthird[- ]party (?:cyber ?(?:security )?)?risk management\b|\b(?:vendor|supplier|third[- ]party) (?:risk |security )?(?:assessments?|due diligence|reviews?)\b|\bsecurity assessments?\b|\bdue diligence (?:on|of) (?:our |its |the |all )?(?:vendors?|suppliers?|service providers?|third[- ]part(?:y|ies))\b|\baudit rights\b/gi,
  /\b(?:multi-?factor|two-factor) authentication\b|\bMFA\b/gi,
  /\bencrypt(?:ion|ed)\b/gi,
  /\bendpoint detection\b|\bEDR\b/gi,
  /\bSIEM\b|\bsecurity information and event management\b/gi,
  /\b(?:cyber ?)?security operations? cent(?:er|re)s?\b/gi,
  /\b(?:disaster recovery|business continuity)\b/gi,
  /\baccess (?:controls?|restrictions?|management)\b/gi,
  /\b(?:least privilege|zero trust|network segmentation|firewalls?|data loss prevention|intrusion detection)\b/gi,
  /\bcode (?:scans?|scanning|reviews?)\b|\bstatic (?:code )?analysis\b/gi,
  /\bpatch(?:ing| management)\b/gi,
  /\bbackground checks?\b/gi,
  /\brisk registers?\b/gi,
  /\bseverity (?:levels?|ratings?|classifications?|matrix)\b/gi,
  /\bmaturity (?:assessments?|scorecards?|model|reviews?)\b/gi,
  /\b(?:security|vendor|supplier) questionnaires?\b/gi,
  // "Internal audit" alone is a department ("legal, compliance, internal audit and other functions"); an
  // audit is a practice in the plural or with what it audits.
  /\b(?:internal|external|independent|certification) audits\b|\b(?:internal|external|independent|certification) audit(?= of\b)/gi,
  /\b(?:security|privacy|data protection)(?: and privacy)? impact assessments?\b|\bthreat assessments?\b|\bsecurity scans?\b/gi,
  /\b(?:allow|deny)-?listing\b/gi,
  /\b(?:incident|crisis|breach|attack) simulations?\b|\b(?:threat|phishing) simulations?\b|\bsimulated (?:incidents?|attacks?|exercises?)\b|\bcrisis (?:management )?exercises?\b/gi,
  /\bsecure (?:software )?development\b/gi,
  /\blogging and monitoring\b/gi,
];

// One pass over the sentence instead of one per practice: this runs on every sentence of every check.
const PATTERNS = [new RegExp(NAMED_PRACTICES.map((p) => p.source).join('|'), 'gi')];

/** "penetration tests" and "penetration testing" are one practice. */
function practiceKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^pen /, 'penetration ')
    .replace(/(?:ing|s|es)$/, '')
    .replace(/[ -]/g, '');
}

export const PRACTICES: Family = {
  id: 'practice',
  label: 'named practices',
  tier: 2,
  weight: 1,
  cap: 3,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS, practiceKey)),
};
