/**
 * What readers type, and where it must lead: the first result, and a
 * paragraph of the explainer (named by words it contains) or a page that
 * must be among the results. Shared by the Node index test and the browser
 * test. Quote phrases appear only in supporting quotes, never in the
 * explainer's own words: they must reach the paragraph whose claim the
 * quote supports, in the top three, showing the quote with its outlet.
 */
export interface QueryCase {
	query: string;
	first: string;
	/** Words of a paragraph of the explainer that the results must link to. */
	paragraph?: string;
	/** A path the results must include. */
	url?: string;
}

export const QUERIES: QueryCase[] = [
	{ query: 'Witkoff', first: '/people/steve-witkoff/', paragraph: 'Witkoff said it was the first time' },
	{ query: 'witkoff', first: '/people/steve-witkoff/', paragraph: 'Witkoff also described a Russian pledge' },
	{ query: 'Zelenskyy', first: '/people/volodymyr-zelensky/', paragraph: 'Zelensky said the details were still missing' },
	{ query: 'Zelenskiy', first: '/people/volodymyr-zelensky/', paragraph: 'Zelensky was due at the White House' },
	{ query: 'zelénsky', first: '/people/volodymyr-zelensky/', paragraph: 'Zelensky said the details were still missing' },
	{ query: 'von der Leyen', first: '/people/ursula-von-der-leyen/', paragraph: 'Von der Leyen said' },
	{ query: 'URSULA VON DER LEYEN', first: '/people/ursula-von-der-leyen/', paragraph: 'Von der Leyen said' },
	{ query: 'Article 5', first: '/terms/article-5/', paragraph: 'treats an armed attack on one or more members' },
	{ query: 'Article Five', first: '/terms/article-5/', paragraph: 'treats an armed attack on one or more members' },
	{ query: 'collective defence clause', first: '/terms/article-5/', paragraph: 'treats an armed attack on one or more members' },
	{ query: 'JBER', first: '/places/joint-base-elmendorf-richardson/', paragraph: 'Trump and Putin met on Friday 15 August 2025' },
	{ query: 'Elmendorf-Richardson', first: '/places/joint-base-elmendorf-richardson/', paragraph: 'Trump and Putin met on Friday 15 August 2025' },
	{ query: 'coalition of the willing', first: '/organisations/coalition-of-the-willing/', paragraph: 'The “coalition of the willing” she named' },
	{ query: 'State of the Union', first: '/terms/state-of-the-union/', paragraph: 'TV interviews that day included' },
	{ query: 'Meloni', first: '/people/giorgia-meloni/', paragraph: 'Meloni said Trump had raised a guarantee' },
	{ query: 'Lavrov', first: '/people/sergei-lavrov/', paragraph: 'seriously discussing security issues without the Russian Federation' },
	{ query: 'SCMP', first: '/organisations/south-china-morning-post/', url: '/sources/scmp-2025-08-17-witkoff/' },
	{ query: 'Associated Press', first: '/organisations/associated-press/', url: '/sources/ap-bs-2025-08-17/' },
	{ query: 'Reuters', first: '/organisations/reuters/', paragraph: 'Reuters summed up the outcome' },
];

export interface QuoteCase {
	query: string;
	/** The outlet named beside the quote in the result. */
	outlet: string;
	/** Words of the paragraph the quote supports. */
	paragraph: string;
}

export const QUOTE_QUERIES: QuoteCase[] = [
	{ query: 'legislative commitment', outlet: 'Associated Press', paragraph: 'Witkoff also described a Russian pledge' },
	{ query: 'command and control', outlet: 'TASS', paragraph: 'According to TASS' },
	{ query: 'red line', outlet: 'NOTUS', paragraph: 'Witkoff said it was the first time' },
	{ query: 'utopia', outlet: 'Reuters', paragraph: 'seriously discussing security issues without the Russian Federation' },
	{ query: 'deep-seated objection', outlet: 'Associated Press', paragraph: 'Witkoff said it was the first time' },
];
