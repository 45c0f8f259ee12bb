export type Kind =
	| 'subsidy'
	| 'voucher'
	| 'tax-incentive'
	| 'loan-equity'
	| 'coaching'
	| 'network'
	| 'training'
	| 'research-infrastructure'
	| 'award'
	| 'information';
export type Status = 'open' | 'closed' | 'ended' | 'unknown';
export type Where =
	| 'federal'
	| 'flanders'
	| 'wallonia'
	| 'brussels'
	| 'eu'
	| 'programme'
	| 'german-speaking-community';
