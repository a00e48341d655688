// Round trip on the seed: the real 20-F disclosure as EDGAR's viewer renders it is imported into a
// Markdown draft, the tagging plan is computed on that draft, and every fact the filer tagged comes back.
//
// What the seed tags (shared/seed/20f-item16k-cyd-facts.json): all six flags, and nine of the ten text
// blocks: processes, Integrated, board oversight, board committee, informing the board, role of
// management, positions, expertise, informing management. It does NOT tag the MateriallyAffected text
// block (the plan may tag it; extra facts are allowed).
//
// "Reproduced" means: a flag has the same value; a text block COVERS the seed's block, i.e. every
// sentence of the seed's text for that element appears in the plan's text for that element, modulo
// whitespace (a seed "sentence" is a line of its text block split after . ! ? before a capital letter;
// a block that is only a name, such as "cybersecurity management committee", is one sentence).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze, tagPlan } from '../../server/src/core';
import { SEED_FACTS, seedDraft, sentencesOf, squash } from './helpers';

const SEED_TAGS = {
  flags: [
    'CybersecurityRiskManagementProcessesIntegratedFlag',
    'CybersecurityRiskManagementThirdPartyEngagedFlag',
    'CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag',
    'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag',
    'CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag',
    'CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag',
  ],
  textBlocks: [
    'CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
    'CybersecurityRiskManagementProcessesIntegratedTextBlock',
    'CybersecurityRiskBoardOfDirectorsOversightTextBlock',
    'CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
    'CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
    'CybersecurityRiskRoleOfManagementTextBlock',
    'CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock',
    'CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock',
    'CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock',
  ],
};

export interface RoundTripSummary {
  form: string | null;
  flags: { element: string; seed: boolean; plan: boolean | 'undetermined' | null; equal: boolean }[];
  textBlocks: { element: string; seedSentences: number; covered: number; planParagraphs: number }[];
  extraFacts: string[];
}

/** The comparison, also printed by the test for the record. */
export function roundTrip(): RoundTripSummary {
  const seed = JSON.parse(fs.readFileSync(SEED_FACTS, 'utf8')) as Record<string, string | boolean>;
  const draft = seedDraft();
  const plan = tagPlan(draft, analyze(draft));
  const fact = (name: string) => plan.facts.find((f) => f.element === name)!;
  return {
    form: plan.form,
    flags: SEED_TAGS.flags.map((element) => ({ element, seed: seed[element] as boolean, plan: fact(element).value, equal: fact(element).value === seed[element] })),
    textBlocks: SEED_TAGS.textBlocks.map((element) => {
      const planned = squash(fact(element).text ?? '');
      const sentences = sentencesOf(seed[element] as string);
      return { element, seedSentences: sentences.length, covered: sentences.filter((s) => planned.includes(s)).length, planParagraphs: fact(element).units.length };
    }),
    extraFacts: plan.facts.filter((f) => f.tagged && !(f.element in seed)).map((f) => f.element),
  };
}

describe('xbrl: round trip of the seed 20-F disclosure', () => {
  const seed = JSON.parse(fs.readFileSync(SEED_FACTS, 'utf8')) as Record<string, string | boolean>;
  const summary = roundTrip();

  it('the seed tags exactly the facts this test names', () => {
    assert.deepEqual(Object.keys(seed).sort(), [...SEED_TAGS.flags, ...SEED_TAGS.textBlocks].sort());
  });

  it('is a Form 20-F draft', () => {
    assert.equal(summary.form, '20-F');
  });

  for (const name of SEED_TAGS.flags) {
    it(`reproduces ${name}`, () => {
      const f = summary.flags.find((x) => x.element === name)!;
      assert.equal(f.plan, f.seed);
    });
  }

  for (const name of SEED_TAGS.textBlocks) {
    it(`covers every sentence of ${name}`, () => {
      const t = summary.textBlocks.find((x) => x.element === name)!;
      assert.ok(t.seedSentences > 0);
      assert.equal(t.covered, t.seedSentences, `${t.covered} of ${t.seedSentences} seed sentences in the plan's text`);
    });
  }

  it('adds only the MateriallyAffected text block, which the seed leaves untagged', () => {
    assert.deepEqual(summary.extraFacts, ['CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantTextBlock']);
    if (process.env.ITEM1C_PRINT_ROUNDTRIP) console.log(JSON.stringify(summary, null, 2));
  });
});
