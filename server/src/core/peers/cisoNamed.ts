import type { PracticeDef } from './practiceDef';
import { current } from '../recognise/context';

/**
 * The officer who leads information security, by any of the titles filers use for that post. A chief
 * information officer or technology officer runs technology, not security, and is not counted.
 */
export const CISO_TITLE =
  /\b(chief information security officer|ciso|chief security officer|chief cyber ?security officer|chief trust officer|chief information risk officer|chief security and trust officer|chief (information )?security and (privacy|trust) officer|head of [a-z ]{0,30}security|(vice president|vp|svp|evp|senior vice president|executive vice president|director)\b[a-z ,&-]{0,25}\b(information|cyber ?|it|global|corporate|enterprise) ?security)\b/;

export const cisoNamed: PracticeDef = {
  id: 'ciso-named',
  element: 'management-positions',
  title: 'CISO named',
  phrase: 'name a chief information security officer or an equivalent title',
  counted:
    'A sentence names a chief information security officer or an equivalent post (chief security officer, chief trust officer, head or vice president of information security). A chief information officer alone is not counted; a post only planned is not counted.',
  recognise({ ctx }) {
    return ctx.evidence(current(ctx.where(CISO_TITLE)));
  },
};
