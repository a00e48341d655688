// The signal families, in the order docs/rules.md lists them (the order of the tooltip and the report).
import type { Family } from './signals/family';
import { TITLES } from './signals/titles';
import { BODIES } from './signals/bodies';
import { PRACTICES } from './signals/practices';
import { FRAMEWORKS } from './signals/frameworks';
import { FREQUENCIES } from './signals/frequencies';
import { CERTIFICATIONS } from './signals/certifications';
import { EXPERIENCE } from './signals/experience';
import { BACKGROUND } from './signals/background';
import { HELD_CERTIFICATIONS } from './signals/heldCertifications';
import { DATES } from './signals/dates';
import { FIGURES } from './signals/figures';
import { PEOPLE } from './signals/people';
import { ORGANIZATIONS } from './signals/organizations';
import { INCIDENTS } from './signals/incidents';

export const FAMILIES: readonly Family[] = [
  TITLES,
  BODIES,
  PRACTICES,
  FRAMEWORKS,
  FREQUENCIES,
  CERTIFICATIONS,
  EXPERIENCE,
  BACKGROUND,
  HELD_CERTIFICATIONS,
  DATES,
  FIGURES,
  PEOPLE,
  ORGANIZATIONS,
  INCIDENTS,
];
