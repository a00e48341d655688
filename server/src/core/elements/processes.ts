import type { ElementDef } from './elementDef';
import { sentenceMatches, type Sent } from '../recognise/context';
import { inPlaceOnly } from './inPlace';

// Concrete practices that show a process exists, not only that cybersecurity matters.
const PRACTICE =
  /\b(risk assessments?|assess(es|ed|ing|ment)?|identif(y|ies|ied|ying|ication)|manag(e|es|ed|ing)|monitor(s|ed|ing)?|penetration test|vulnerabilit(y|ies) (scan|assess|manage|test)|scann?ing|tabletop|simulat|incident response (plan|program|team|process|procedure|playbook)|training|awareness|phishing|nist|iso ?27001|soc 2|cis controls|framework|security operations|\bsoc\b|controls?|encrypt|multi-factor|access (control|management)|endpoint|firewall|threat intelligence|red team|patch|policies|procedures|program|protocols|safeguards|testing)\b/;
const CONCRETE =
  /\b(risk assessments?|penetration test\w*|vulnerabilit(y|ies)|scann?ing|tabletop|simulat\w+|incident response|training|awareness|phishing|nist|iso ?27001|soc 2|cis controls|security operations|\bsoc\b|siem|encrypt\w*|multi-factor|access (controls?|management)|endpoint|firewalls?|threat intelligence|threat hunting|red team\w*|patch\w*|policies|procedures|(internal|external|security|it|independent) audits?|security testing|monitoring|detection|safeguards|protocols|business continuity|disaster recovery|backups?|frameworks?)\b/;
const CONCRETE_ALL = new RegExp(CONCRETE.source, 'g');
const RISK_LANGUAGE = /\b(cyber ?security|information security|security|cyber|threats?|risks?|incidents?)\b/;
// How risks are found and weighed: the part of "assessing, identifying" that a named framework, a policy
// or training does not show.
const ASSESSING =
  /\b(risk assessments?|(threat|vulnerability|security|cyber ?security|maturity|gap|controls?|internal|external|independent|periodic|annual|regular) (assessments?|reviews?|audits?)|assess\w* (the |our )?(risks?|threats?|vulnerabilit\w*|maturity|effectiveness|controls?|security posture)|penetration test\w*|pen test\w*|vulnerabilit(y|ies) (scan\w*|assess\w*|manag\w*|test\w*)|scann?ing|tabletop|simulat\w+|red team\w*|threat intelligence|threat hunting|(continuous|security|network|real-time|24\/7|ongoing) monitoring|monitor\w* (of )?(our )?(systems|networks?|environment|endpoints|logs|activity|traffic|threat)\w*|detection|security testing|(internal|external|security|it|independent|third[- ]party) audits?|security operations|\bsoc\b|siem|bug bounty|risk registers?)\b/;
// Safeguards and response in place manage risks; they say little of how the risks are assessed and identified.
const OPERATING =
  /\b(incident response|encrypt\w*|multi-factor|access (controls?|management)|endpoint|firewalls?|patch\w*|business continuity|disaster recovery|backups?|safeguards|exercises)\b/;
// Assessing vendors is service-provider oversight (106(b)(1)(iii)), not the assessment of the company's own risks.
// Third parties who do the assessing (assessors, auditors, "via" a firm) describe the company's own process.
const VENDOR_DIRECTED =
  /\b((assess|evaluat|review|monitor|question|diligence|overs(ee|ight)|vet)\w*[^.;]{0,60}\b(vendors?|suppliers?|service providers?|third[- ]part(y|ies))|(vendor|supplier|third[- ]party) risk)\b/;
const AGENT = /\b(consultants?|auditors?|assessors?|engag\w+|retain\w*|(performed|conducted) by|via)\b/;
const NONE_STATED =
  /\b(we )?(do not|does not|have not) (currently )?(have|maintain|adopted|implemented|established)( any)? (formal |documented )?(cyber ?security )?(processes|programs?|policies)\b/;

export const processes: ElementDef = {
  id: 'processes',
  title: 'Risk management processes',
  part: 'rms',
  paragraph106: '106(b)(1)',
  paragraph16K: '16K(b)(1)',
  ecfrAnchor: 'p-229.106(b)(1)',
  ruleText:
    "Describe the registrant's processes, if any, for assessing, identifying, and managing material risks from cybersecurity threats in sufficient detail for a reasonable investor to understand those processes.",
  satisfiedBy:
    'A description of the processes in place for assessing, identifying and managing material cybersecurity risks (for example risk assessments, monitoring, testing, training, incident response), or a clear statement that there are none.',
  missingText: 'a description of the processes for assessing, identifying and managing material risks from cybersecurity threats',
  cyd: ['CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock'],
  template:
    'We ${1|[maintain],maintain,do not maintain|} processes for assessing, identifying and managing material risks from cybersecurity threats. These processes include ${2:[periodic risk assessments, vulnerability scanning, penetration testing, security monitoring, employee awareness training and an incident response plan]}. [Company to confirm]',
  recognise(ctx) {
    const none = ctx.where(NONE_STATED);
    if (none.length > 0) {
      return { status: 'present', reason: 'States that no such processes are in place, as "if any" allows.', evidence: ctx.evidence(none) };
    }
    const all = ctx.where(PRACTICE, RISK_LANGUAGE).filter((s) => s.part !== 'gov' || /\b(process|program|assess|identif)/.test(s.norm));
    const now = inPlaceOnly(all);
    // Verbs alone ("we assess and manage risks") do not describe a process; concrete practices do.
    const concrete = now.filter((s) => sentenceMatches(s, CONCRETE));
    if (concrete.length >= 1 && distinctPractices(concrete, 2)) {
      const own = concrete.filter((s) => !sentenceMatches(s, VENDOR_DIRECTED) || sentenceMatches(s, AGENT));
      const assessing = own.filter((s) => sentenceMatches(s, ASSESSING));
      if (assessing.length > 0) {
        return { status: 'present', reason: 'Describes the processes in place for assessing, identifying and managing cybersecurity risks.', evidence: ctx.evidence(concrete) };
      }
      const operating = own.filter((s) => s.part !== 'gov' && sentenceMatches(s, OPERATING));
      if (operating.length > 0) {
        return {
          status: 'present',
          reason: 'Describes the safeguards and response processes in place for managing cybersecurity risks.',
          evidence: ctx.evidence(concrete),
          advice: ['The rule asks how risks are assessed and identified; the text describes safeguards and response but no method of assessing or identifying risks (risk assessments, testing, monitoring).'],
        };
      }
      return {
        status: 'partial',
        reason: 'States that processes exist (policies, training, a named framework) without describing how cybersecurity risks are assessed and identified.',
        evidence: ctx.evidence(concrete),
      };
    }
    const planned = all.filter((s) => sentenceMatches(s, CONCRETE));
    if ((all.length > 0 && now.length === 0) || (planned.length > 0 && planned.every((s) => s.future))) {
      return { status: 'partial', reason: 'Processes are described only as planned or aspired to; the rule asks what is in place.', evidence: ctx.evidence(all) };
    }
    if (now.length > 0) {
      return { status: 'partial', reason: 'Mentions processes only in general terms; not enough detail for a reasonable investor to understand them.', evidence: ctx.evidence(now) };
    }
    return { status: 'missing', reason: 'No description of processes for assessing, identifying and managing cybersecurity risks.', evidence: [] };
  },
};

/** Whether the sentences name at least `least` different concrete practices (stopping once they do). */
function distinctPractices(sents: readonly Sent[], least: number): boolean {
  const practices = new Set<string>();
  for (const s of sents) {
    for (const m of s.norm.matchAll(CONCRETE_ALL)) {
      practices.add(m[1].slice(0, 8));
      if (practices.size >= least) return true;
    }
  }
  return false;
}
