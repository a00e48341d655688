// The sixteen fact-bearing annual elements of the SEC `cyd` taxonomy (10 text blocks, 6 flags), in the
// order of the taxonomy's presentation (item106-requirements.md §5). Derived from the element registry,
// which already names the cyd elements each Item 106 element maps to; the only cyd element no single
// registry entry owns is the 106(c)(2) lead-in, "Role of Management", which covers all four (c)(2) ids.
import type { ElementId, Part } from '../types';
import { ELEMENTS } from '../elements/registry';

export type CydKind = 'textBlock' | 'flag';

export interface CydElement {
  /** Element name without prefix, e.g. `CybersecurityRiskBoardOfDirectorsOversightTextBlock`. */
  name: string;
  kind: CydKind;
  /** Standard label from the taxonomy, as the EDGAR viewer shows it. */
  label: string;
  /** Item 106 element ids whose evidence the fact is taken from. */
  ids: ElementId[];
  part: Part;
}

export const CYD_NAMESPACE = 'http://xbrl.sec.gov/cyd/2024';
export const CYD_PREFIX = 'cyd';

export const ROLE_OF_MANAGEMENT = 'CybersecurityRiskRoleOfManagementTextBlock';
const ROLE_OF_MANAGEMENT_IDS: ElementId[] = ['management-positions', 'management-expertise', 'management-informed', 'reports-to-board'];

/** Standard labels (cyd/2024 tag data). Kept beside the names so the importer can read viewer pages. */
const LABELS: Record<string, string> = {
  CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock:
    'Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats [Text Block]',
  CybersecurityRiskManagementProcessesIntegratedFlag: 'Cybersecurity Risk Management Processes Integrated [Flag]',
  CybersecurityRiskManagementProcessesIntegratedTextBlock: 'Cybersecurity Risk Management Processes Integrated [Text Block]',
  CybersecurityRiskManagementThirdPartyEngagedFlag: 'Cybersecurity Risk Management Third Party Engaged [Flag]',
  CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag: 'Cybersecurity Risk Third Party Oversight and Identification Processes [Flag]',
  CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag:
    'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant [Flag]',
  CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantTextBlock:
    'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant [Text Block]',
  CybersecurityRiskBoardOfDirectorsOversightTextBlock: 'Cybersecurity Risk Board of Directors Oversight [Text Block]',
  CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock:
    'Cybersecurity Risk Board Committee or Subcommittee Responsible for Oversight [Text Block]',
  CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock:
    'Cybersecurity Risk Process for Informing Board Committee or Subcommittee Responsible for Oversight [Text Block]',
  [ROLE_OF_MANAGEMENT]: 'Cybersecurity Risk Role of Management [Text Block]',
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag: 'Cybersecurity Risk Management Positions or Committees Responsible [Flag]',
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock:
    'Cybersecurity Risk Management Positions or Committees Responsible [Text Block]',
  CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock:
    'Cybersecurity Risk Management Expertise of Management Responsible [Text Block]',
  CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock:
    'Cybersecurity Risk Process for Informing Management or Committees Responsible [Text Block]',
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag:
    'Cybersecurity Risk Management Positions or Committees Responsible Report to Board [Flag]',
};

function build(): CydElement[] {
  const out: CydElement[] = [];
  for (const element of ELEMENTS) {
    if (element.id === ROLE_OF_MANAGEMENT_IDS[0]) {
      out.push({ name: ROLE_OF_MANAGEMENT, kind: 'textBlock', label: LABELS[ROLE_OF_MANAGEMENT], ids: [...ROLE_OF_MANAGEMENT_IDS], part: 'gov' });
    }
    for (const name of element.cyd) {
      const kind: CydKind = name.endsWith('Flag') ? 'flag' : 'textBlock';
      out.push({ name, kind, label: LABELS[name] ?? name, ids: [element.id], part: element.part });
    }
  }
  return out;
}

/** The 16 annual elements, taxonomy order. */
export const CYD_ANNUAL: readonly CydElement[] = build();

const byName = new Map(CYD_ANNUAL.map((e) => [e.name, e]));

export function cydElement(name: string): CydElement | undefined {
  return byName.get(name.replace(/^cyd[:_]/, ''));
}
