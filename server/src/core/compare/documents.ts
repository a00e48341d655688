// One year's text as the comparison reads it: the core's report of the section, its body sentences
// prepared for matching, and each sentence's verbatim key.
import type { Report } from '../types';
import { RecognitionContext, type Sent } from '../recognise/context';
import { verbatimKey } from './verbatim';

export interface YearText {
  text: string;
  report: Report;
}

export interface PreparedYear extends YearText {
  /** Sentences of the section, headings included (the core's rules skip headings themselves). */
  sents: Sent[];
  /** Body sentences only (not headings). */
  body: Sent[];
  /** verbatimKey of each sentence, by Sent.index. */
  keys: string[];
  /** Keys of the body sentences. */
  bodyKeys: Set<string>;
}

export function prepareYear(year: YearText): PreparedYear {
  const sents = new RecognitionContext(year.report.sentences, year.report.form).sentences;
  const keys = sents.map((s) => verbatimKey(s.text));
  // A line with no word on it (a page number left by the extraction) is no sentence of the disclosure.
  const body = sents.filter((s) => !s.heading && /\p{L}/u.test(keys[s.index]));
  return { ...year, sents, body, keys, bodyKeys: new Set(body.map((s) => keys[s.index])) };
}
