import type { PracticeDef } from './practiceDef';
import { current } from '../recognise/context';
import { NEGATED } from '../recognise/vocab';

const TABLETOP = /\btable ?-?tops?\b/;

export const tabletopExercises: PracticeDef = {
  id: 'tabletop-exercises',
  element: 'processes',
  title: 'Tabletop exercises',
  phrase: 'describe tabletop exercises',
  counted: 'A sentence says the company conducts (or management or the board takes part in) tabletop exercises. Exercises only planned, or denied, are not counted.',
  recognise({ ctx }) {
    return ctx.evidence(current(ctx.where(TABLETOP)).filter((s) => !NEGATED.test(s.norm)));
  },
};
