import type { ElementDef } from './elementDef';
import { current, sentenceMatches, type RecognitionContext, type Sent } from '../recognise/context';
import { BOARD_COMMITTEE, MANAGEMENT_COMMITTEE, POSITION } from '../recognise/vocab';

const STAGES = /\b(prevent\w*|detect\w*|mitigat\w*|remediat\w*)\b/g;

function stageCount(norm: string): number {
  return new Set(Array.from(norm.matchAll(STAGES), (m) => m[1].slice(0, 5))).size;
}

// Who can be the responsible persons: a named position or management committee, or a team, group or
// "management" standing for them. The board is the audience of (c)(1) and (c)(2)(iii), not of (c)(2)(ii).
const AGENT = /\b(ciso|cio|cso|cto|cco|officers?|management|managers?|executives?|leaders?|leadership|teams?|committee|council|group|organi[sz]ation|function|personnel|professionals|individuals|director|head|vice president|he|she|they)\b/;
const BOARD_AGENT = /\b(board of directors|(the|our|its) board|audit committee|committee of (the|our) board|board committee|subcommittee|directors)\b/;
// A position named earlier and then referred to by its office ("the Director", "this vice president").
const POSITION_ANAPHOR = /\b((the|this|our|such) (director|head|officer|executive|vice president|leader|manager|individuals?|executives|person|role)\b(?!-)|he|she)\b/;

// The rule's own words: the persons "are informed about and monitor" two or more of prevention, detection,
// mitigation and remediation; looser verbs ("supervises", "is responsible for") need three of the four.
const ECHO_CLOSE = /\b(informed (about|of|on)|monitor(s|ed|ing)?|stays? (informed|abreast)|kept (informed|apprised|abreast)|follows?)\b/;
const ECHO_LOOSE = /\b(supervis\w+|oversee\w*|oversight of|responsib\w+ for|leads?|leading|manag(e|es|ing)|direct(s|ing)?)\b/;
const ECHO_CLOSE_G = new RegExp(ECHO_CLOSE.source, 'g');
const ECHO_LOOSE_G = new RegExp(ECHO_LOOSE.source, 'g');
// How, said in the same sentence: the channel or the activity through which the persons learn and follow.
// A plan or procedure named as the channel ("in accordance with our incident response plan") and a team
// named as the source ("by our security operations team") are a how, as filed practice reads them.
const HOW =
  /\b(through|by means of|via|as part of|by (receiving|reviewing|engaging|participating|meeting)|reports? (from|by)|briefings?|updates?|alerts?|engagement|communications?|participation|meetings?|dashboards?|tools?|(in accordance with|pursuant to|under|as set out in|as provided in) (our|the|its) [a-z ,-]{0,50}(plans?|policy|policies|procedures?|processes|program|playbooks?|protocols?)|by (the|our|its) [a-z ,-]{0,40}(teams?|function|department|group|cent(er|re)|soc|providers?|vendors?|consultants?|partners?|firms?))\b/;
// The source of the information is a team or an outside provider: "management is notified of incidents by
// our managed security service provider".
const SOURCE = /\b(by|from) (the|our|its) [a-z ,-]{0,40}(teams?|function|department|cent(er|re)|soc|providers?|vendors?|consultants?|partners?|firms?)\b/;

// Information flowing to a named position or management committee: "the team regularly updates our CISO",
// "issues are elevated to our CIO and CISO", "the CISO receives regular reports from the security team".
const TO_VERB =
  /\b(updates?|updated|updating|briefs?|briefed|alerts?|alerted|escalat\w+|elevat\w+|notif(y|ies|ied)|raise[sd]?|communicat\w+|reported|reports? (on |regarding |about )?(?!(directly|functionally|administratively|ultimately|also|in turn)\b)(\w+ ){1,4}to|providing (\w+ ){0,3}(updates?|reports?|briefings?) to|provides? (\w+ ){0,3}(updates?|reports?|briefings?) to|discussed with|apprise[sd]?|inform(s|ed)?)\b/g;
const RECEIVES = /\b(receiv\w+|reviews?|gets?)\b([^.;]{0,30})\b(reports?|updates?|briefings?|alerts?|information (about|on|regarding|from|of)|notifications?|dashboards?|metrics)\b/;
const IS_INFORMED = /\b(is|are|remains?|stays?) (\w+ )?(informed|updated|briefed|apprised|notified|alerted|advised|made aware|kept (informed|apprised|abreast|updated)|abreast)\b/;
const MEETS = /\bmeet(s|ings?)?\b[^.;]{0,60}\b(discuss|review)\w*\b[^.;]{0,60}\b(threats?|incidents?|risks?)\b/;
const INFO_TOPIC = /\b(cyber\w*|security|threats?|incidents?|risks?|vulnerabilit\w+|events?|status|landscape|issues|matters)\b/;

// The responsible officer leads or oversees the response to incidents or the team that watches for them.
const LEADS = /\b(leads?|led by|leading|oversees?|overseen by|oversight of|directs?|directed by|under the (direction|supervision|leadership) of|heads?|headed by|responsib\w+ for|in charge of|manages?|managed by|coordinated by|administered by|run by|owned by|coordinat\w+)\b/;
const RESPONSE_WORK =
  /\b(incident response|incident management|respon(d|ds|se|ses|ding) to (any |all |potential |actual |cybersecurity |security |such )*(incidents?|events?|threats?|breaches)|monitors? and respond\w*|security operations|cyber(security)? operations|threat detection|detection and response)\b/;

// The responsible person watches threats or incidents directly: "he ... identifies and assesses risks by
// monitoring and evaluating our threat environment ... using automated and manual tools, threat reports".
const WATCH_VERB = /\b(monitor(s|ed|ing)?|track(s|ed|ing)?|evaluat(es|ed|ing)|review(s|ed|ing)?|stays? abreast of|keeps? abreast of)\b/g;
const WATCHED =
  /^[^.;]{0,60}\b(threat (environment|landscape|intelligence)|threats?|incidents?|security events?|alerts?|vulnerabilit\w+|risk profile|(our |its |the )?(information )?systems)\b/;
// How the watching is done: tools, reports, feeds, a team, a centre.
const METHOD =
  /\b(using|through|via|by means of|with the (help|support|assistance) of|tools?|reports?|feeds?|intelligence|dashboards?|alerts?|metrics|services|methods|team|operations cent(er|re)|soc)\b/;

const SEEKS_BY = /\bseeks? to\b[^.;]{0,120}\bby (monitoring|tracking|evaluating|reviewing)\b/;

const TEAM_WATCHES = /\b(monitor\w*|detect\w*)\b[^.;]{0,60}\b(incidents?|events?|threats?|intrusions?|breaches)\b/;

// Concrete detection and monitoring: the set-up through which incidents come to light.
const SETUP =
  /\b(security operations (center|centre)s?|\bsocs?\b(?! 1| 2| ii| i\b| type| report| audit)|siem|security information and event management|managed detection|\bmdr\b|\bedr\b|\bxdr\b|endpoint detection|intrusion (detection|prevention)|continuous(ly)? monitor\w*|24 ?\/ ?7|24x7|around[- ]the[- ]clock|round[- ]the[- ]clock|threat intelligence|fusion cent(er|re)s?|monitoring (tools|systems|capabilities|program|platforms?)|(tools|systems|technologies) (to|that) (\w+ ){0,3}(detect|monitor|alert)|alerts? and reports)\b/;

// What the responsible body does once an incident occurs: escalation, not how it is informed about and
// monitors prevention, detection, mitigation and remediation.
const CONDITIONAL = /\b(if|when|whenever|upon|once|in the event( that| of)?)\b[^.;]{0,80}\b(incidents?|events?|breach\w*|attacks?)\b/;
const ESCALATION = new RegExp(`${CONDITIONAL.source}|\\bescalat\\w+`);
const WHO = /\b(ciso|cio|cso|cto|chief \w+( \w+)? officer|officer|management|executives?|leadership|committee|team|head of|vice president|director|he|she|they)\b/;
const TOUCH = /\b(participat\w+ in (\w+ ){0,3}incident response|engag\w+ with the incident response|meets? (regularly|periodically|monthly|quarterly|weekly) to (review|discuss))\b/;
const PLAN_ONLY = /\b(incident response plan|incident response policy|response plan)\b/;

const MANAGEMENT_COMMITTEES = new RegExp(MANAGEMENT_COMMITTEE.source, 'g');

/** The board or one of its committees is named in `text` (management committees do not count). */
function boardish(text: string): boolean {
  return BOARD_AGENT.test(text) || BOARD_COMMITTEE.test(text.replace(MANAGEMENT_COMMITTEES, ' '));
}

function boardSubject(norm: string, at: number): boolean {
  return boardish(norm.slice(0, at));
}

/** Someone other than the board is the one informed ("management is kept informed"; not "the program is informed by NIST"). */
function personInformed(n: string): boolean {
  const m = IS_INFORMED.exec(n);
  if (!m) return false;
  const subject = n.slice(0, m.index).split(/[,;:]/).pop()!;
  return AGENT.test(subject) && !boardSubject(n, m.index);
}

/**
 * The sentence says in the rule's words that the responsible persons monitor or are informed about the
 * stages of incident handling: the stages are the object of the verb, and someone other than the board is
 * its subject.
 */
function echoes(n: string): boolean {
  if (stageCount(n) < 2) return false;
  for (const [verbs, least] of [[ECHO_CLOSE_G, 2], [ECHO_LOOSE_G, 3]] as const) {
    for (const m of n.matchAll(verbs)) {
      if (stageCount(n.slice(m.index + m[0].length)) < least) continue;
      const subject = n.slice(0, m.index);
      if (AGENT.test(subject) && !boardSubject(n, m.index)) return true;
    }
  }
  return false;
}

export const managementInformed: ElementDef = {
  id: 'management-informed',
  title: 'How management is informed',
  part: 'gov',
  paragraph106: '106(c)(2)(ii)',
  paragraph16K: '16K(c)(2)(ii)',
  ecfrAnchor: 'p-229.106(c)(2)(ii)',
  ruleText:
    'The processes by which such persons or committees are informed about and monitor the prevention, detection, mitigation, and remediation of cybersecurity incidents.',
  satisfiedBy:
    'The mechanism by which the responsible persons learn of and follow the prevention, detection, mitigation and remediation of incidents: reports from the security team, monitoring alerts, threat intelligence, incident-response reporting, regular meetings.',
  missingText: 'how the responsible managers are informed about and monitor the prevention, detection, mitigation and remediation of cybersecurity incidents',
  cyd: ['CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock'],
  template:
    'The ${1:[CISO]} is informed about and monitors the prevention, detection, mitigation and remediation of cybersecurity incidents through ${2:[regular reports from the security operations team, automated monitoring and alerting, threat intelligence and the escalation procedures of our incident response plan]}. [Company to confirm]',
  adviceReadings: [
    {
      reading:
        'The responsible officer leads the monitoring and response, watches threats with named tools or reports, or "management" is informed through a named channel, without the text tracing how reports reach the named position at each of the four stages.',
      why: 'Filed sections describe how the responsible persons learn of incidents through the teams they lead, the tools they use and the escalation that reaches them; careful readers accept that as the process, and ask for more only where nothing but an escalation sentence or a bare "management is kept informed" is given.',
    },
  ],
  recognise(ctx) {
    const named = namedPositions(ctx);
    const echo = current(ctx.sentences.filter((s) => !s.heading && sentenceMatches(s, echoes)));
    // The how is often what follows: "... are informed about and monitor ... incidents. They receive ...",
    // or a list introduced by the sentence.
    const echoHow = echo.filter((s) => [s, ...following(ctx, s, 3)].some((t) => sentenceMatches(t, HOW) || sentenceMatches(t, SETUP)));
    const toNamed = current(ctx.sentences.filter((s) => !s.heading && sentenceMatches(s, INFO_TOPIC) && sentenceMatches(s, byNamed(INFORMS_NAMED, named))));
    // "If an incident occurs, the team alerts the CISO" is escalation: by itself it says nothing of how the
    // CISO follows prevention and detection.
    const channels = toNamed.filter((s) => !sentenceMatches(s, CONDITIONAL));
    const escalatedToNamed = toNamed.filter((s) => sentenceMatches(s, CONDITIONAL));
    const setup = current(ctx.where(SETUP));
    const leads = current(ctx.sentences.filter((s) => !s.heading && sentenceMatches(s, RESPONSE_WORK) && sentenceMatches(s, byNamed(LEADS_RESPONSE, named))));
    leads.push(...current(ledTeamResponds(ctx, named)).filter((s) => !leads.includes(s)));
    // "Management stays informed ... through threat intelligence and continuous monitoring systems": the
    // how is given, only the person is generic.
    const generic = current(ctx.where(IS_INFORMED, HOW, SETUP).concat(ctx.where(IS_INFORMED, SOURCE, INFO_TOPIC)).filter((s) => sentenceMatches(s, personInformed)));
    // "He seeks to identify and assess risks ... by monitoring ...": the striving is the aim, the monitoring
    // is what is done.
    const watches = ctx.sentences.filter((s) => !s.heading && sentenceMatches(s, byNamed(PERSON_WATCHES, named)) && (!s.future || SEEKS_BY.test(s.norm)));

    if (echoHow.length > 0 || channels.length > 0) {
      return { status: 'present', reason: 'Describes how the responsible persons learn of and follow the prevention, detection, mitigation and remediation of incidents.', evidence: ctx.evidence([...echoHow, ...channels]) };
    }
    if (generic.length > 0) {
      return {
        status: 'present',
        reason: 'Describes the channels through which management is informed about threats and incidents.',
        evidence: ctx.evidence([...generic, ...leads].slice(0, 6)),
        advice: ['The rule asks how the responsible positions or committees are informed; the text says how "management" is informed without tying it to the positions named as responsible.'],
      };
    }
    // The person watches threats or incidents and the text says how (tools, reports, a team), or the
    // section describes the monitoring set-up behind it: filed practice reads that as how they are informed.
    const watchesHow = watches.filter((s) => sentenceMatches(s, METHOD) || setup.length > 0 || leads.length > 0);
    if (watchesHow.length > 0 && echo.length === 0) {
      return {
        status: 'present',
        reason: 'The responsible person monitors threats and incidents, and the text says through what.',
        evidence: ctx.evidence([...watchesHow, ...leads, ...setup].slice(0, 6)),
        advice: [
          'The rule asks for the processes by which the responsible persons are informed about and monitor the prevention, detection, mitigation and remediation of incidents; the text says how they watch threats and incidents, not how they follow mitigation and remediation.',
        ],
      };
    }
    // What stands behind the rule's words in the section: an incident response plan, or a team that watches
    // for incidents.
    const behind = current(ctx.where(PLAN_ONLY).concat(ctx.sentences.filter((s) => !s.heading && sentenceMatches(s, TEAMS) && sentenceMatches(s, TEAM_WATCHES))));
    if (echo.length > 0 && (setup.length > 0 || leads.length > 0 || behind.length > 0)) {
      return {
        status: 'present',
        reason: 'States that the responsible persons monitor the prevention, detection, mitigation and remediation of incidents, and describes the monitoring and response behind it.',
        evidence: ctx.evidence([...echo, ...leads, ...setup, ...behind].slice(0, 6)),
      };
    }
    if (leads.length > 0 || (escalatedToNamed.length > 0 && setup.length > 0)) {
      return {
        status: 'present',
        reason:
          leads.length > 0
            ? 'The responsible officer leads the response to incidents or the team that monitors for them.'
            : 'Incidents found by the monitoring described are escalated to the responsible officer.',
        evidence: ctx.evidence([...leads, ...escalatedToNamed, ...setup].slice(0, 6)),
        advice: [
          'The rule asks for the processes by which the responsible persons are informed about and monitor incidents; the text shows that they lead the monitoring and response, not how reports and alerts reach them.',
        ],
      };
    }
    if (echo.length > 0) {
      return {
        status: 'partial',
        reason: 'States that the responsible persons monitor the prevention, detection, mitigation and remediation of incidents, but not the processes by which they are informed of and follow them.',
        evidence: ctx.evidence(echo),
      };
    }
    const escalation = ctx.where(ESCALATION, WHO);
    const kept = ctx
      .where(IS_INFORMED, WHO, INFO_TOPIC)
      .filter((s) => sentenceMatches(s, personInformed))
      .concat(ctx.where(RECEIVES, WHO, INFO_TOPIC).filter((s) => !boardSubject(s.norm, RECEIVES.exec(s.norm)!.index)))
      .filter((s) => !escalation.includes(s));
    const about = [...escalation, ...kept];
    if (current(kept).length > 0) {
      return {
        status: 'partial',
        reason: 'Says only that "management" is kept informed; it does not say which responsible positions are informed, or how they monitor the prevention, detection, mitigation and remediation of incidents.',
        evidence: ctx.evidence(current(about)),
      };
    }
    if (current(escalation).length > 0) {
      return {
        status: 'partial',
        reason: 'Describes only the escalation of incidents; it does not describe how the responsible persons are informed about and monitor the prevention, detection, mitigation and remediation of incidents.',
        evidence: ctx.evidence(current(escalation)),
      };
    }
    // Management takes part in responding to incidents or meets on cybersecurity, with no process behind it.
    const touches = current(ctx.where(TOUCH, WHO)).filter((s) => !boardSubject(s.norm, TOUCH.exec(s.norm)!.index));
    if (touches.length > 0) {
      return {
        status: 'partial',
        reason: 'Says that management meets on cybersecurity or takes part in responding to incidents; it does not describe how the responsible persons are informed about and monitor the prevention, detection, mitigation and remediation of incidents.',
        evidence: ctx.evidence(touches),
      };
    }
    if (watches.length > 0) {
      return {
        status: 'partial',
        reason: 'Says that the responsible person monitors threats or incidents, but not through what (reports, alerts, tools, a team) or how they follow the mitigation and remediation of incidents.',
        evidence: ctx.evidence(watches),
      };
    }
    if (about.length > 0) return { status: 'partial', reason: 'How management is informed is described only as planned.', evidence: ctx.evidence(about) };
    const plans = current(ctx.where(PLAN_ONLY));
    if (plans.length > 0) {
      return { status: 'partial', reason: 'Only names an incident response plan; it does not describe how the responsible persons are informed about and monitor prevention, detection, mitigation and remediation.', evidence: ctx.evidence(plans) };
    }
    return { status: 'missing', reason: 'No description of how the responsible persons are informed about and monitor cybersecurity incidents.', evidence: [] };
  },
};

/** The sentence's next `n` body sentences, across paragraph and list-item breaks. */
function following(ctx: RecognitionContext, s: Sent, n: number): Sent[] {
  const out: Sent[] = [];
  for (let i = s.index + 1; i < ctx.sentences.length && out.length < n; i++) if (!ctx.sentences[i].heading) out.push(ctx.sentences[i]);
  return out;
}

/** Whether the section names a position, so that "the Director" or "this officer" later stands for it. */
function namedPositions(ctx: RecognitionContext): boolean {
  return ctx.sentences.some((s) => !s.heading && sentenceMatches(s, POSITION));
}

function isPosition(text: string, named: boolean): boolean {
  return POSITION.test(text) || (named && POSITION_ANAPHOR.test(text));
}

/** Information about threats or incidents reaches a named position or management committee. */
function informsNamed(n: string, named: boolean): boolean {
  for (const m of n.matchAll(TO_VERB)) {
    // The CISO escalating to the chief executive is the CISO informing others, not being informed.
    const clause = n.slice(0, m.index).split(/[,;:]/).pop()!;
    if (isPosition(clause, named)) continue;
    // "updates our CISO", "escalated to the CIO", "reported to and discussed with the CISO"; not "updates
    // from our CISO", where the position is the source.
    const after = n.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const to = /^\s*(((?!from\b|by\b)[\w,'-]+ ){0,8}?(to|with) )??(our|the|its|their|his|her) /.exec(after);
    if (!to) continue;
    const recipient = after.slice(to[0].length - to[4].length - 1, to[0].length + 60);
    if (isPosition(recipient, named) && !boardish(recipient.slice(0, 40))) return true;
  }
  // "provides the CISO with regular updates"
  const gives = /\bprovid\w+ (our|the|its) ([\w ,'-]{2,60}?) with (\w+ ){0,3}(updates?|reports?|briefings?|information)\b/.exec(n);
  if (gives && isPosition(gives[2], named) && !boardish(gives[2])) return true;
  const rec = RECEIVES.exec(n);
  if (rec && isPosition(n.slice(0, rec.index), named) && !boardSubject(n, rec.index)) return true;
  const inf = IS_INFORMED.exec(n);
  if (inf && isPosition(n.slice(Math.max(0, inf.index - 80), inf.index), named) && !boardSubject(n, inf.index)) return true;
  // A team tied to the named position meets to discuss threats and incidents.
  const meets = MEETS.exec(n);
  if (meets && isPosition(n, named) && !boardSubject(n, meets.index)) return true;
  return false;
}

/**
 * A named position leads a team ("our cybersecurity team is led by our Senior Vice President") and, in the
 * same paragraph, that team detects, monitors or responds to incidents.
 */
const LEADS_G = new RegExp(LEADS.source, 'g');

function ledTeamResponds(ctx: RecognitionContext, named: boolean): Sent[] {
  const out: Sent[] = [];
  for (const s of ctx.sentences) {
    if (s.heading || !sentenceMatches(s, TEAMS) || !(sentenceMatches(s, byNamed(LEADS_RESPONSE, named)) || sentenceMatches(s, byNamed(TEAM_REPORTS_TO_POSITION, named)))) continue;
    const work = ctx.blockOf(s).filter((t) => sentenceMatches(t, TEAMS) && (sentenceMatches(t, RESPONSE_WORK) || sentenceMatches(t, TEAM_WATCHES)));
    if (work.length > 0) out.push(s, ...work);
  }
  return out;
}

/** A named position leads or oversees the response to incidents or the team that monitors for them. */
function leadsResponse(n: string, named: boolean): boolean {
  for (const m of n.matchAll(LEADS_G)) {
    const passive = /\b(by|(direction|supervision|leadership) of)$/.test(m[0]);
    const who = passive ? n.slice(m.index + m[0].length, m.index + m[0].length + 60) : n.slice(Math.max(0, m.index - 100), m.index);
    if (isPosition(who, named) && !boardish(passive ? who : who.slice(-60))) return true;
  }
  return false;
}

// "Our security operations team, which reports to the CISO, ...": the team's work reaches the officer it
// reports to.
const REPORTS_TO = /\bteams?\b[^.;]{0,80}\breport(s|ing)? (directly |functionally |in turn )?(in)?to (our|the|its) /g;

function teamReportsToPosition(n: string, named: boolean): boolean {
  for (const m of n.matchAll(REPORTS_TO)) {
    const to = n.slice(m.index + m[0].length - 4, m.index + m[0].length + 60);
    if (isPosition(to, named) && !boardish(to.slice(0, 40))) return true;
  }
  return false;
}

/** A named position (or a pronoun standing for it) monitors threats or incidents itself. */
function personWatches(n: string, named: boolean): boolean {
  for (const m of n.matchAll(WATCH_VERB)) {
    if (!WATCHED.test(n.slice(m.index + m[0].length))) continue;
    const subject = n.slice(0, m.index);
    const clause = subject.split(/[;:]/).pop()!;
    if ((isPosition(clause, named) || /^(he|she)\b|\b(he|she)\b/.test(clause)) && !boardSubject(n, m.index)) return true;
  }
  return false;
}

// The sentence tests above as predicates of the matching text, one per value of `named`, so that their
// results are remembered with each sentence (see sentenceMatches): after a keystroke only the edited
// sentence is tested again. Module constants, because the memo is keyed by the predicate itself.
type ByNamed = readonly [(norm: string) => boolean, (norm: string) => boolean];
const INFORMS_NAMED: ByNamed = [(n) => informsNamed(n, false), (n) => informsNamed(n, true)];
const LEADS_RESPONSE: ByNamed = [(n) => leadsResponse(n, false), (n) => leadsResponse(n, true)];
const TEAM_REPORTS_TO_POSITION: ByNamed = [(n) => teamReportsToPosition(n, false), (n) => teamReportsToPosition(n, true)];
const PERSON_WATCHES: ByNamed = [(n) => personWatches(n, false), (n) => personWatches(n, true)];
const byNamed = (pair: ByNamed, named: boolean) => pair[named ? 1 : 0];
const TEAMS = /\bteams?\b/;
