// Public surface of the specificity score (re-exported by core/index.ts).
export type { SignalFamily, SpecificityGrade, SpecificitySignal, FamilyTally, ParagraphSpecificity, SectionSpecificity } from './types';
export { sectionSpecificity, sectionScore, specificityOf, specificityScore, MIN_WORDS } from './section';
export { scoreParagraph, scoreText, gradeFor, SPECIFIC_POINTS, CONCRETE_POINTS, VERIFIABLE_POINTS, READ_CHARS } from './score';
export { FAMILIES } from './families';
export type { Family } from './signals/family';
