import type { ElementId } from '../types';
import type { PracticeDef } from './practiceDef';
import { tabletopExercises } from './tabletopExercises';
import { assessorRole } from './assessorRole';
import { materialityBothProngs } from './materialityBothProngs';
import { auditCommittee } from './auditCommittee';
import { briefingFrequency } from './briefingFrequency';
import { cisoNamed } from './cisoNamed';
import { cisoBackground } from './cisoBackground';

export type { PracticeDef } from './practiceDef';

/** The practices peer figures count, in the order of the elements they belong to. */
export const PRACTICES: readonly PracticeDef[] = [
  tabletopExercises,
  assessorRole,
  materialityBothProngs,
  auditCommittee,
  briefingFrequency,
  cisoNamed,
  cisoBackground,
];

export function practiceById(id: string): PracticeDef | undefined {
  return PRACTICES.find((p) => p.id === id);
}

export function practicesOf(element: ElementId): PracticeDef[] {
  return PRACTICES.filter((p) => p.element === element);
}
