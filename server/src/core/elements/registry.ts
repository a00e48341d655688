import type { ElementId, Form } from '../types';
import type { ElementDef } from './elementDef';
import { processes } from './processes';
import { ermIntegration } from './ermIntegration';
import { thirdPartyAssessors } from './thirdPartyAssessors';
import { serviceProviderOversight } from './serviceProviderOversight';
import { materialEffect } from './materialEffect';
import { boardOversight } from './boardOversight';
import { boardCommittee } from './boardCommittee';
import { boardInformed } from './boardInformed';
import { managementPositions } from './managementPositions';
import { managementExpertise } from './managementExpertise';
import { managementInformed } from './managementInformed';
import { reportsToBoard } from './reportsToBoard';

export type { ElementDef } from './elementDef';

/** The twelve elements in the order Item 106 lists them. Docs, hovers, schema and the checklist derive from this. */
export const ELEMENTS: readonly ElementDef[] = [
  processes,
  ermIntegration,
  thirdPartyAssessors,
  serviceProviderOversight,
  materialEffect,
  boardOversight,
  boardCommittee,
  boardInformed,
  managementPositions,
  managementExpertise,
  managementInformed,
  reportsToBoard,
];

const byId = new Map<string, ElementDef>(ELEMENTS.map((e) => [e.id, e]));

export function elementById(id: string): ElementDef | undefined {
  return byId.get(id);
}

export function isElementId(id: string): id is ElementId {
  return byId.has(id);
}

/** `Item 106(c)(1)` for a 10-K (or unknown form), `Item 16K(c)(1)` for a 20-F. */
export function citeFor(element: ElementDef, form: Form | null): string {
  return form === '20-F' ? `Item ${element.paragraph16K}` : `Item ${element.paragraph106}`;
}

const ECFR_SECTION = 'https://www.ecfr.gov/current/title-17/chapter-II/part-229/subpart-229.100/section-229.106';

export function ecfrUrl(element: ElementDef): string {
  return `${ECFR_SECTION}#${element.ecfrAnchor}`;
}
