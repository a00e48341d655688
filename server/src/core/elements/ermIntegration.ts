import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';

const ERM = /\b(enterprise[- ](wide|level) risks?|enterprise risk|\berm\b|overall risk management|company-wide risk|broader risk management|overall enterprise|risk management (system|framework|program|process)(es|s)? (of|for|across) the (company|enterprise|organization))/;
const INTEGRATED = /\b(in (our|the|its) (overall |broader |company-wide )?(enterprise|erm|risk management)|one of the|integrat\w*|part of|component of|incorporat\w*|included in|include[sd]? in|embedded|aligned|align\w* with|within|into|through|consistent with|reflects|subject to|folds? into|element of|as one of|among the)\b/;
// How the integration works: shared methods, reporting into ERM, assessment alongside other risks, an ERM body.
// Cyber-specific activity ("we assess and prioritise threats") does not say how it connects to ERM.
const MECHANISM =
  /\b((same|common|consistent|standard|uniform) (enterprise )?(risk )?(methodolog\w*|framework|process(es)?|criteria|approach|taxonomy|scoring|rating)|alongside (other|our other|all other)|along with (other|our other)|in conjunction with other|together with other|like (other|our other|any other|all other)|as with other|similar to other|other (enterprise|business|key|principal|significant|company|corporate|top|operational|strategic|financial) risks|risk registers?|heat ?maps?|erm (committee|council|team|function|process|assessment|framework|reporting)|enterprise risk (management )?(committee|council|team|function|assessment|survey|profile|inventory|universe|reporting)|risk (committee|council|management committee)|(report\w*|escalat\w*|feed\w*|roll\w* up|incorporat\w*|aggregat\w*|consider\w*|collected|analy[sz]ed) .{0,40}(in|into|to|through|within) (our|the) (erm|enterprise|overall risk|company-wide)|annual (enterprise )?risk assessment|enterprise[- ]wide risk assessment|reflects management's assessment|top (enterprise )?risks)/;

export const ermIntegration: ElementDef = {
  id: 'erm-integration',
  title: 'Integration with enterprise risk management',
  part: 'rms',
  paragraph106: '106(b)(1)(i)',
  paragraph16K: '16K(b)(1)(i)',
  ecfrAnchor: 'p-229.106(b)(1)(i)',
  ruleText: "Whether and how any such processes have been integrated into the registrant's overall risk management system or processes.",
  satisfiedBy:
    'A statement whether the cybersecurity processes are integrated into overall (enterprise) risk management and how: shared methodology, reporting into the ERM program, assessment alongside other enterprise risks, or an ERM committee.',
  missingText: 'whether and how the cybersecurity processes are integrated into overall risk management',
  cyd: ['CybersecurityRiskManagementProcessesIntegratedFlag', 'CybersecurityRiskManagementProcessesIntegratedTextBlock'],
  template:
    'Our cybersecurity risk management processes ${1|[are],are,are not|} integrated into our overall enterprise risk management program: ${2:[cybersecurity risks are assessed with the same methodology as other enterprise risks and reported through the same channels]}. [Company to confirm]',
  adviceReadings: [
    {
      reading: 'A statement that the processes are integrated into enterprise risk management, with nothing on how.',
      why: 'The rule asks "whether and how"; a bare integration statement answers whether, and it is what most filed sections say and what careful readers accept as the answer.',
    },
  ],
  recognise(ctx) {
    const erm = ctx.where(ERM);
    const now = current(erm);
    const integrated = now.filter((s) => sentenceMatches(s, INTEGRATED));
    // The "how" often follows in the next sentence of the same paragraph.
    const nearby = now.flatMap((s) => ctx.window(s, 1));
    const mechanism = current(nearby).filter((s) => sentenceMatches(s, MECHANISM));
    if (integrated.length > 0 && mechanism.length > 0) {
      return { status: 'present', reason: 'States that cybersecurity risk management is part of overall risk management and describes how.', evidence: ctx.evidence([...integrated, ...mechanism]) };
    }
    if (mechanism.length > 0) {
      return { status: 'present', reason: 'Describes how cybersecurity risks are handled within overall risk management.', evidence: ctx.evidence([...integrated, ...mechanism]) };
    }
    if (integrated.length > 0) {
      // "Whether" is answered; the bare statement is what filers and careful readers accept for "how".
      return {
        status: 'present',
        reason: 'States that cybersecurity risk management is part of overall risk management.',
        evidence: ctx.evidence(integrated),
        advice: ['The rule asks whether and how the processes are integrated; the text says that they are, not how (shared methods, reporting into the enterprise risk program, assessment alongside other risks).'],
      };
    }
    if (erm.length > 0) {
      return { status: 'partial', reason: now.length === 0 ? 'Integration with enterprise risk management is described only as planned.' : 'Mentions enterprise risk management without saying whether and how cybersecurity processes are integrated into it.', evidence: ctx.evidence(erm) };
    }
    return { status: 'missing', reason: 'No statement whether and how cybersecurity processes are integrated into overall risk management.', evidence: [] };
  },
};
