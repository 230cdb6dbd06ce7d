/**
 * Proposing the date a date mention gives (see `date-mentions.ts`), for
 * `npm run draft` and the studio: at the precision the text states ("in
 * February 2014" is a month, "1926年" a year), relative expressions ("去年",
 * "last year", "в прошлом году", "the 20th anniversary") resolved against the
 * dateline with the basis written out in every interface language, and
 * `planned` when the date lies after the dateline. A proposal is for an editor
 * to confirm; where the text cannot be resolved without reading it ("since
 * then", "此前") there is no proposal, never a guess.
 *
 * @module
 */
import type { DateMention } from './date-mentions.js';
import type { DateProposal, DateProposalContext } from './proposed-date.js';
import { proposeAnniversary, proposePeriod, proposeRelative } from './relative-date-proposal.js';
import { proposeMonth, proposeStated } from './stated-date-proposal.js';

export type { DateBasis, DateProposal, DateProposalContext } from './proposed-date.js';
export { formatIsoPartialDate, isAfterDateline } from './proposed-date.js';
export { readCount } from './relative-date-proposal.js';

/**
 * The date `mention` gives, as a proposal for an editor, or `undefined` when
 * the text must be read to date it ("since then", "此前", "近年来").
 */
export function proposeDate(
  source: string,
  mention: DateMention,
  context: DateProposalContext,
): DateProposal | undefined {
  switch (mention.kind) {
    case 'year':
    case 'date':
      return proposeStated(source, mention, context);
    case 'month':
      return proposeMonth(source, mention, context);
    case 'relative':
      return proposeRelative(mention, context);
    case 'anniversary':
      return proposeAnniversary(mention, context);
    case 'period':
      return proposePeriod(mention, context);
  }
}
