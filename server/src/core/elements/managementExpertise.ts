import type { ElementDef } from './elementDef';
import type { Sent } from '../recognise/context';
import { current, sentenceMatches } from '../recognise/context';

const NUMBER =
  '(\\[[^\\]]{0,20}\\]|[●•]|\\b(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-\\w+|thirty|thirty-\\w+|forty))';
export const YEARS = new RegExp(`${NUMBER}\\+? ?(\\+ )?(full )?(years?|decades?)\\b`);
export const CERTIFICATION = /\b(cissp|cism|cisa|crisc|ceh|giac|gsec|oscp|ccsp|cipp\w*|cipm|cipt|cgeit|comptia|certified information|certified (chief )?information security|certified ethical|cissp-\w+|pmp|cpa)\b/;
export const DEGREE = /\b(degrees?|bachelor\w*|master\w*|ph\.?d|doctorate|m\.?b\.?a|b\.s\.|m\.s\.|graduate of|diploma)\b/;
export const PRIOR_ROLE = /\b(previously|former|(at|with) (a |an )?(previous|prior|former) (company|employer|firm)|prior to (joining|that|this)|before joining|formerly|served (as|in)|has served|held (senior |various |executive |leadership )?(roles?|positions?)|worked (as|at|for)|career (in|at|spanning)|spent \w+ years|joined (us|the company|our) from)\b/;
// Expertise belongs to people: programmes "certified to ISO 27001" are not management's expertise.
const PERSON = /\b(c[a-z]{1,3}o|chief|officer|head of|vice president|director|leader\w*|executives?|he|she|they|his|her|their|team|members?|personnel|professionals|individuals?|staff|who)\b/;
// "To be appointed, we require expertise ..." states a requirement, not anyone's expertise.
const REQUIREMENT = /\b(require[sd]?|requirements?|must (have|possess)|expected to have)\b/;
// "prior to joining" is a career; "prior to engaging them" (vendors) is not.
const EXPERIENCE_TALK = /\b(experience\w*|(has|have|had) worked|expertise|background|knowledge|skills|qualif\w+|certif\w+|degrees?|served|previously|prior to (joining|working|that|this|becoming|serving|(his|her|their) (current )?(role|position|appointment|tenure))|career|trained|credentials?)\b/;
const CYBER_TIE = /\b(cyber\w*|ciso|chief information( security)? officer|security officer|information security|security|infosec|information technology|technology risk|it (risk|security|operations|infrastructure)|data protection|privacy|risk management|incident response|networks?|computer science)\b/;
// Pooled across people: "collectively", "on average", "our team averages". "Combined" pools only a group's
// years; one officer's "17 years of combined government and private sector assignments" is that officer's.
const POOLED = /\b(collectively|aggregate|on average|averag\w*|together have|between them)\b/;
const POOLED_GROUP = /\b(combined|in total)\b/;
const GROUP = /\b(team|teams|members|leaders|officers|executives|personnel|staff|individuals|professionals|they|their|each of|both)\b/;
const pooled = (s: Sent): boolean => sentenceMatches(s, POOLED) || (sentenceMatches(s, POOLED_GROUP) && sentenceMatches(s, GROUP)) || sentenceMatches(s, groupHolds);

// "Our security team holds industry certifications", "our CSO and staff have decades of experience": the
// expertise belongs to a team or its staff as a whole, not to a responsible person. A relative clause
// ("our CISO, who leads a team of 40, has ...") is not the subject; members of a committee are the persons
// the rule speaks of, and team members are not.
const HOLDS = /\b(has|have|hold|holds|bring|brings|possess|possesses|average|averages)\b/;
const TEAMISH = /\b(teams?|team members|staff|personnel|professionals|employees|analysts|engineers|specialists)\b/;
const MEMBERS_OF_TEAM = /\b(members|many|most|some|all) of (our|the|its|their) [a-z ,&'-]{0,60}?\b(teams?|staff)\b/;
const OF_TEAM = /\b(of|for|within|on|in|leads?|leading) (our|the|its|their) [a-z ,&'-]{0,60}?\b(teams?|staff)\b/g;
const RELATIVE_CLAUSE = /,\s*(who|which|whose)\b[^,]*(,|$)/g;
const ENDS_WITH_WHO = /,?\s*\bwho\s*$/;
const ANTECEDENT_BREAK = /\b(?:by|is|are|was|were|include|includes|including|of|with)\b/;
function groupHolds(norm: string): boolean {
  const verb = HOLDS.exec(norm);
  if (!verb) return false;
  const before = norm.slice(0, verb.index);
  // "... is led by our Senior Vice President, Information Technology, who has ...": the one who has the
  // expertise is the noun the relative clause hangs on, after the last verb or preposition before it.
  if (ENDS_WITH_WHO.test(before)) return TEAMISH.test(before.replace(ENDS_WITH_WHO, '').split(ANTECEDENT_BREAK).pop() ?? '');
  const subject = before.replace(RELATIVE_CLAUSE, ' ');
  if (MEMBERS_OF_TEAM.test(subject)) return true;
  // "The head of our information technology team has ...": the person, not the team, is the subject.
  return TEAMISH.test(subject.replace(OF_TEAM, ' '));
}
const VAGUE = /\b(decades|significant|extensive|substantial|many years|broad|deep|considerable|wide[- ]ranging|seasoned|experienced|relevant experience|various roles|appropriate|requisite|years of experience)\b/;

export const managementExpertise: ElementDef = {
  id: 'management-expertise',
  title: 'Expertise of responsible management',
  part: 'gov',
  paragraph106: '106(c)(2)(i) and Instruction 2',
  paragraph16K: '16K(c)(2)(i) and Instruction 2',
  ecfrAnchor: 'p-229.106(c)(2)(i)',
  ruleText:
    'The relevant expertise of such persons or members in such detail as necessary to fully describe the nature of the expertise. Instruction 2: relevant expertise may include, for example, prior work experience in cybersecurity; any relevant degrees or certifications; any knowledge, skills, or other background in cybersecurity.',
  satisfiedBy:
    'Specific expertise of the responsible persons: cybersecurity roles held, years in cybersecurity, degrees, certifications (such as CISSP or CISM), named prior positions.',
  missingText: 'the relevant cybersecurity expertise of the responsible management positions or committee members',
  cyd: ['CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock'],
  template:
    'Our ${1:[CISO]} has ${2:[number]} years of experience in cybersecurity, including ${3:[prior roles leading the information security programs of named employers]}, and holds ${4:[degrees and certifications, such as a degree in computer science and the CISSP certification]}. [Company to confirm]',
  recognise(ctx) {
    const talk = ctx.where(EXPERIENCE_TALK, PERSON);
    if (talk.length === 0) {
      return { status: 'missing', reason: 'No description of the cybersecurity expertise of the responsible persons.', evidence: [] };
    }
    const now = current(talk);
    const specific = now.filter((s) => isSpecific(s) && tiedToCyber(ctx.window(s, 1), s) && !pooled(s) && !sentenceMatches(s, REQUIREMENT));
    if (specific.length > 0) {
      const reason = 'Describes the specific expertise of the responsible persons (cybersecurity roles, years, degrees or certifications).';
      // Years alone are accepted in practice; the nature of the expertise is what the rule asks to be described.
      const yearsOnly = !now.some((s) => sentenceMatches(s, CERTIFICATION) || sentenceMatches(s, DEGREE) || sentenceMatches(s, PRIOR_ROLE));
      if (yearsOnly) {
        return {
          status: 'present',
          reason,
          evidence: ctx.evidence(specific),
          advice: ['The rule asks for expertise in enough detail to describe its nature; the text gives years of cybersecurity experience but no degrees, certifications or named prior positions.'],
        };
      }
      return { status: 'present', reason, evidence: ctx.evidence(specific) };
    }
    const pool = now.filter(pooled);
    if (pool.length > 0) {
      return { status: 'partial', reason: 'Expertise is pooled across a team ("combined", "collectively", "on average"); the rule asks for the expertise of the responsible persons in enough detail to describe its nature.', evidence: ctx.evidence(pool) };
    }
    const untied = now.filter((s) => isSpecific(s));
    if (untied.length > 0) {
      return { status: 'partial', reason: 'Describes experience that is not tied to cybersecurity.', evidence: ctx.evidence(untied) };
    }
    if (now.length > 0) {
      return { status: 'partial', reason: 'Expertise is described only in general terms ("significant experience", "decades"); name roles held, years in cybersecurity, degrees or certifications.', evidence: ctx.evidence(now.filter((s) => sentenceMatches(s, VAGUE) || sentenceMatches(s, CYBER_TIE)).concat(now).slice(0, 4)) };
    }
    return { status: 'partial', reason: 'Expertise is described only as planned.', evidence: ctx.evidence(talk) };
  },
};

function isSpecific(s: Sent): boolean {
  return sentenceMatches(s, YEARS) || sentenceMatches(s, CERTIFICATION) || sentenceMatches(s, DEGREE) || sentenceMatches(s, PRIOR_ROLE);
}

// The subject ("Our CISO has ...") says nothing about the field of the experience; a role held ("served as CISO") does.
const SUBJECT = /^(our|the|its|each of our|the company's) [a-z ,'-]{0,60}?\b(ciso|officer|cio|cto|cso|head of [a-z ]+|vice president[a-z ,]*|director[a-z ,]*)( \("?[a-z]+"?\))?/;

// The field must be that of the experience: "cybersecurity experience", "years in information security",
// not a security word in another clause ("... at SaaS companies, and leads 120 security practitioners").
const ANCHOR = /\b(experience\w*|expertise|background|knowledge|skills|years?|decades?|served|serving|career|previously|formerly|former|held|worked|working|certif\w+|credentials?|degrees?|bachelor\w*|master\w*|ph\.?d|m\.?b\.?a|received|holds|earned|trained)\b/g;
// A field named just before the anchor: "cybersecurity experience", "information security and privacy background".
const TIE_BEFORE = /\b(cyber\w*|information security|security|infosec|privacy|data protection|information technology|technology risk|risk management)( (and|or) [a-z-]+)?( risk| management| leadership| operations)? $/;
// Time in the cybersecurity role itself ("Our CISO has served in this role since 2015") is cybersecurity experience.
const CYBER_SUBJECT = /^(our|the|its) [a-z ,'-]{0,40}?\b(ciso|chief information security officer|chief security officer|cso|head of [a-z ]*security|[a-z ]*security officer)\b/;
const OWN_ROLE = /\b(in|into|held|holds|has held) (his|her|their|this|that|the) (current |same )?(role|position)\b/;
const NEXT_CLAUSE = /(;|, (and|which|who|while|but) (is|are|was|has|have|leads?|oversees?|manages?|reports?|consists?|comprises?|includes?)\b)/;

function tiedClause(norm: string): boolean {
  if (CYBER_SUBJECT.test(norm) && OWN_ROLE.test(norm)) return true;
  const text = norm.replace(SUBJECT, '');
  for (const m of text.matchAll(ANCHOR)) {
    const i = m.index ?? 0;
    const after = text.slice(i, i + 240);
    const cut = NEXT_CLAUSE.exec(after);
    if (TIE_BEFORE.test(text.slice(Math.max(0, i - 50), i)) || CYBER_TIE.test(cut ? after.slice(0, cut.index) : after)) return true;
  }
  return false;
}

function tiedToCyber(window: Sent[], s: Sent): boolean {
  return tiedClause(s.norm) || window.some((w) => w !== s && tiedClause(w.norm) && (sentenceMatches(w, YEARS) || sentenceMatches(w, CERTIFICATION) || sentenceMatches(w, DEGREE) || sentenceMatches(w, PRIOR_ROLE)));
}
