import type { PracticeDef } from './practiceDef';
import { prepareSentence } from '../recognise/context';
import { FORWARD, PAST } from '../elements/materialEffect';

export const materialityBothProngs: PracticeDef = {
  id: 'materiality-both-prongs',
  element: 'material-effect',
  title: 'Materiality statement, both prongs',
  phrase: 'state both whether cybersecurity risks have materially affected the company and whether they are reasonably likely to',
  counted:
    'The statements the material-effect element rests on answer both prongs: whether risks have materially affected the company, and whether they are reasonably likely to materially affect it.',
  recognise({ verdict }) {
    const effect = verdict('material-effect');
    if (effect.status !== 'present' && effect.status !== 'partial') return [];
    const norms = effect.evidence.map((e) => prepareSentence(e.text).norm);
    if (!norms.some((n) => PAST.test(n)) || !norms.some((n) => FORWARD.test(n))) return [];
    return effect.evidence.filter((_e, i) => PAST.test(norms[i]) || FORWARD.test(norms[i])).map((e) => ({ span: { ...e.span }, text: e.text }));
  },
};
