/**
 * What readers type on the fixture site, and where it must lead: the first
 * result, and a paragraph of an explainer (named by words it contains) or
 * a page that must be among the results. Shared by the Node index test and
 * the browser test. Quote phrases appear only in supporting quotes, never
 * in the explainer's own words: they must reach the paragraph whose claim
 * the quote supports, in the top three, showing the quote with its outlet.
 */
export interface QueryCase {
	query: string;
	first: string;
	/** The explainer whose paragraph the results must link to (default `/epsilon/`). */
	explainer?: string;
	/** Words of a paragraph of that explainer that the results must link to. */
	paragraph?: string;
	/** A path the results must include. */
	url?: string;
}

export const QUERIES: QueryCase[] = [
	{ query: 'Mara Quill', first: '/people/mara-quill/', paragraph: 'Mara Quill, Northsound’s transport minister' },
	{ query: 'quill', first: '/people/mara-quill/', paragraph: 'Quill spoke to reporters' },
	{ query: 'mára quill', first: '/people/mara-quill/', paragraph: 'Mara Quill, Northsound’s transport minister' },
	{ query: 'MINISTER QUILL', first: '/people/mara-quill/', paragraph: 'Mara Quill, Northsound’s transport minister' },
	{ query: 'Clause Twelve', first: '/terms/clause-twelve/', paragraph: 'Clause 12 of the Ferry Services Act' },
	{ query: 'lifeline clause', first: '/terms/clause-twelve/', paragraph: 'Clause 12 of the Ferry Services Act' },
	{ query: 'Hallow harbour', first: '/places/port-hallow/', paragraph: 'Quill spoke to reporters' },
	{
		query: 'NFC',
		first: '/organisations/northsound-ferry-company/',
		paragraph: 'the ministry met the Northsound Ferry Company',
	},
	{ query: 'Port Hallow talks', first: '/events/hallow-talks/', paragraph: 'At the Hallow talks on 3 September' },
	{ query: 'Unguja', first: '/places/zanzibar/', explainer: '/alpha/', paragraph: 'about the Zanzibar archipelago' },
	{
		query: 'Jane Envoy',
		first: '/people/jane-envoy/',
		explainer: '/alpha/',
		paragraph: 'The envoy said the leader agreed',
	},
	{ query: 'Harbour Ledger', first: '/sources/harbour-ledger-talks/', url: '/sources/harbour-ledger-talks/' },
];

export interface QuoteCase {
	query: string;
	/** The outlet named beside the quote in the result. */
	outlet: string;
	/** The explainer (default `/epsilon/`). */
	explainer?: string;
	/** Words of the paragraph the quote supports. */
	paragraph: string;
}

export const QUOTE_QUERIES: QuoteCase[] = [
	// The first one's words are in none of the explainer's own words (the browser test lights up its claim).
	{ query: 'such promises', outlet: 'The Harbour Ledger', paragraph: 'A councillor quoted by the Ledger' },
	{ query: 'additional sailings', outlet: 'Northsound Statute Book', paragraph: 'The clause lets the minister pay' },
	{ query: 'good faith', outlet: 'The Harbour Ledger', paragraph: 'Both sides said they had talked honestly' },
	{
		query: 'against them all',
		outlet: 'Treaty Archive',
		explainer: '/alpha/',
		paragraph: 'An attack on one is an attack on all',
	},
];
