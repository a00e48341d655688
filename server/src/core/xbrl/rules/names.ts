/** `CybersecurityRiskManagementThirdPartyEngagedFlag` -> `ThirdPartyEngaged`, for messages. */
const SHORT: Record<string, string> = {
  CybersecurityRiskManagementProcessesIntegratedFlag: 'Integrated',
  CybersecurityRiskManagementThirdPartyEngagedFlag: 'ThirdPartyEngaged',
  CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag: 'ThirdPartyOversight',
  CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag: 'MateriallyAffected',
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag: 'PositionsOrCommitteesResponsible',
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag: 'ReportToBoard',
};

export function shortFlagName(name: string): string {
  return SHORT[name] ?? name;
}
