import type { PracticeDef } from './practiceDef';
import { prepareSentence } from '../recognise/context';

// "Audit Committee", "Audit and Risk Committee", "Audit, Finance and Risk Committee".
const AUDIT_COMMITTEE = /\baudit\b( ?(,|and|&) ?[a-z]+){0,4} (oversight )?committee\b/;

export const auditCommittee: PracticeDef = {
  id: 'audit-committee',
  element: 'board-committee',
  title: 'Audit committee oversees',
  phrase: 'give the oversight of cybersecurity risk to the audit committee (alone or with other duties, as an audit and risk committee, say)',
  counted:
    'The board-committee element finds a committee responsible for cybersecurity oversight, and a sentence it rests on names an audit committee (including combined committees such as an audit and risk committee).',
  recognise({ verdict }) {
    const committee = verdict('board-committee');
    if (committee.status !== 'present') return [];
    return committee.evidence.filter((e) => AUDIT_COMMITTEE.test(prepareSentence(e.text).norm)).map((e) => ({ span: { ...e.span }, text: e.text }));
  },
};
