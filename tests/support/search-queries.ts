/**
 * What readers type, and where it must lead: the first result, and a
 * paragraph (named by words it contains) that must be among the results.
 * Shared by the index test (Node) and the browser test.
 */
export interface QueryCase {
	query: string;
	first: string;
	/** Words of a paragraph of the explainer that the results must link to; or a URL. */
	paragraph?: string;
	url?: string;
}

export const QUERIES: QueryCase[] = [
	{ query: 'Witkoff', first: '/people/steve-witkoff/', paragraph: 'Witkoff said it was the first time' },
	{ query: 'witkoff', first: '/people/steve-witkoff/', paragraph: 'Witkoff also described a Russian pledge' },
	{ query: 'Zelenskyy', first: '/people/volodymyr-zelensky/', paragraph: 'Zelensky said the details were still missing' },
	{ query: 'Zelenskiy', first: '/people/volodymyr-zelensky/', paragraph: 'Zelensky was due at the White House' },
	{ query: 'zelénsky', first: '/people/volodymyr-zelensky/', paragraph: 'Zelensky said the details were still missing' },
	{ query: 'von der Leyen', first: '/people/ursula-von-der-leyen/', paragraph: 'Von der Leyen welcomed Trump' },
	{ query: 'URSULA VON DER LEYEN', first: '/people/ursula-von-der-leyen/', paragraph: 'Von der Leyen welcomed Trump' },
	{ query: 'Article 5', first: '/terms/article-5/', paragraph: 'treats an attack on one member as an attack on all' },
	{ query: 'Article Five', first: '/terms/article-5/', paragraph: 'treats an attack on one member as an attack on all' },
	{ query: 'collective defence clause', first: '/terms/article-5/', paragraph: 'treats an attack on one member as an attack on all' },
	{ query: 'JBER', first: '/places/joint-base-elmendorf-richardson/', paragraph: 'Trump and Putin met on Friday 15 August 2025' },
	{ query: 'Elmendorf-Richardson', first: '/places/joint-base-elmendorf-richardson/', paragraph: 'Trump and Putin met on Friday 15 August 2025' },
	{ query: 'coalition of the willing', first: '/organisations/coalition-of-the-willing/', paragraph: 'The “coalition of the willing” she named' },
	{ query: 'State of the Union', first: '/terms/state-of-the-union/', paragraph: 'He made the claim in interviews' },
	{ query: 'Meloni', first: '/people/giorgia-meloni/', paragraph: 'Meloni said Trump had raised a guarantee' },
	{ query: 'Lavrov', first: '/people/sergei-lavrov/', paragraph: 'rejected any arrangement made without Moscow' },
	{ query: 'SCMP', first: '/organisations/south-china-morning-post/', url: '/sources/#scmp-2025-08-17-witkoff' },
	{ query: 'Associated Press', first: '/organisations/associated-press/', url: '/sources/#ap-bs-2025-08-17' },
	{ query: 'Reuters', first: '/organisations/reuters/', paragraph: 'Reuters summed up the outcome' },
];
