// The sentences of one action's money, built the same way for the plan page and the PDF: what
// support is counted, and why other instruments are not. Pure TS.
import type {
	ActionFinance,
	CatalogueInstrument,
	LocalizedText,
	SizeClass,
	SupportOffer,
	UncheckedFact
} from '$lib/domain';
import type { Messages } from '../../catalog';
import type en from './en';

export type MoneyMessages = Messages<typeof en>;

/** How the caller formats amounts, rates, months and names in its language (and medium). */
export type MoneyFormat = {
	euro: (amount: number) => string;
	percent: (fraction: number) => string;
	month: (iso: string) => string;
	/** A day, YYYY-MM-DD: "4 December 2026". */
	date: (iso: string) => string;
	name: (text: LocalizedText) => string;
	/** An operator: one proper name, or written per language. */
	operator: (name: string | LocalizedText) => string;
	/** Size classes as a list in words ("micro-enterprises and small companies"). */
	sizes: (sizes: readonly SizeClass[]) => string;
};

/**
 * One sentence per condition of the instrument that the profile could not check, saying what
 * the condition is and which fact to add: the same words on the results' cards, the plan and
 * the PDF.
 *
 *   maxCompanyAgeYears 5, unchecked ['age']
 *     -> ['Depends on your company’s age (for companies up to 5 years old): add the founding year …']
 */
export function uncheckedConditions(
	instrument: CatalogueInstrument,
	unchecked: readonly UncheckedFact[],
	t: MoneyMessages,
	f: Pick<MoneyFormat, 'sizes'>
): string[] {
	const eligibility = instrument.eligibility;
	return unchecked.flatMap((fact) => {
		switch (fact) {
			case 'age': {
				const min = eligibility?.minCompanyAgeYears;
				const max = eligibility?.maxCompanyAgeYears;
				const limit =
					min !== undefined && max !== undefined
						? t.ageBetween(min, max)
						: max !== undefined
							? t.ageUpTo(max)
							: min !== undefined
								? t.ageFrom(min)
								: null;
				return limit ? [t.dependsOnAge(limit)] : [];
			}
			case 'size':
				return eligibility?.sizeClasses?.length
					? [t.dependsOnSize(f.sizes(eligibility.sizeClasses))]
					: [];
			case 'sector':
				return eligibility?.excludedSectors?.length
					? [t.dependsOnSector(eligibility.excludedSectors.join(', '))]
					: [];
		}
	});
}

export type ActionMoneyText = {
	/** "Support: €3,600 from … (30 % of the cost; terms as of February 2026)", or null. */
	support: string | null;
	/** Why it is limited: a cap, a theme's higher rate. */
	supportDetails: string[];
	/** What could not be weighed, or "no support counted". */
	missing: string | null;
	/** The other instruments: not counted, or refused with the reason. */
	notes: string[];
};

/**
 * An amount that is shown but not counted, with the date of the terms it comes from (every
 * figure a reader sees carries its date) and, when the profile lacks a fact, what to add.
 */
/** `counted`: the amount of the support counted for the action, if any. */
function notCountedText(
	offer: SupportOffer,
	t: MoneyMessages,
	f: MoneyFormat,
	counted?: number
): string {
	return [
		notCountedSentence(offer, t, f, counted),
		t.termsAsOf(f.month(offer.instrument.asOf)),
		...uncheckedConditions(offer.instrument, offer.unchecked ?? [], t, f)
	].join(' ');
}

function notCountedSentence(
	offer: SupportOffer,
	t: MoneyMessages,
	f: MoneyFormat,
	counted?: number
): string {
	const name = f.name(offer.instrument.name);
	const amount = f.euro(offer.amount);
	switch (offer.notCounted) {
		case 'unchecked':
			return t.notCountedUnchecked(name, amount);
		case 'unconfirmed':
			return t.notCountedUnconfirmed(name, amount);
		case 'status-unknown':
			return t.notCountedStatus(name, amount);
		case 'closed':
			return offer.closedOn
				? t.notCountedClosedOn(name, amount, f.date(offer.closedOn))
				: t.notCountedClosed(name, amount);
		case 'competitive':
			return t.notCountedCompetitive(name, amount);
		default:
			// Offers are ranked by amount: an alternative pays less than the counted one, or as much.
			return offer.amount === counted
				? t.alternativeSame(name, amount)
				: t.alternative(name, amount);
	}
}

/**
 * The sentences for one action.
 *
 *   support fx-kmo-cyber €3,600 at 30 %, alternative unconfirmed €4,800
 *     -> { support: 'Support: €3,600 from fx-kmo-cyber (30% of the cost; terms as of …)',
 *          notes: ['fx-vl-unconfirmed might pay €4,800, but …: not counted.'] }
 */
export function describeActionMoney(
	action: ActionFinance,
	t: MoneyMessages,
	f: MoneyFormat
): ActionMoneyText {
	const supportDetails: string[] = [];
	const offer = action.support;
	if (offer?.themeLabel) supportDetails.push(t.themeRate(f.name(offer.themeLabel)));
	if (offer?.cappedBy === 'project') supportDetails.push(t.cappedProject);
	if (offer?.cappedBy === 'year') supportDetails.push(t.cappedYear);
	if (offer?.cappedBy === 'period') supportDetails.push(t.cappedPeriod);
	const missing =
		action.missing === 'cost'
			? t.missingCost
			: action.missing === 'cost-type'
				? t.missingCostType
				: action.missing === 'size'
					? t.missingSize
					: offer
						? null
						: t.noSupport;
	// Loans, guarantees and tax relief fit many actions: one sentence names them all.
	const noRate = action.refused
		.filter(({ reason }) => reason.kind === 'no-rate')
		.map(({ instrument }) => f.name(instrument.name));
	const notes = [
		...action.alternatives.map((alternative) => notCountedText(alternative, t, f, offer?.amount)),
		...action.refused
			.filter(({ reason }) => reason.kind !== 'no-rate')
			.map(({ instrument, reason }) => {
				const name = f.name(instrument.name);
				const asOf = t.termsAsOf(f.month(instrument.asOf));
				switch (reason.kind) {
					case 'below-min-cost':
						return `${t.refusedMinCost(name, f.euro(reason.minCost))} ${asOf}`;
					case 'below-min-aid':
						return `${t.refusedMinAid(name, f.euro(reason.amount), f.euro(reason.minAid))} ${asOf}`;
					case 'budget-used':
						return `${
							reason.cap === 'year'
								? t.refusedBudgetYear(name, f.euro(reason.budget))
								: t.refusedBudgetPeriod(name, f.euro(reason.budget))
						} ${asOf}`;
					case 'no-rate':
						return '';
				}
			}),
		...(noRate.length ? [t.refusedNoRate(noRate.join(', '))] : [])
	];
	return {
		support: offer
			? t.supportLine(
					f.euro(offer.amount),
					f.name(offer.instrument.name),
					f.percent(offer.rate),
					f.month(offer.instrument.asOf)
				)
			: null,
		supportDetails,
		missing,
		notes
	};
}
