/**
 * The search UI: a box, filters by kind, topic, month and outlet cited,
 * an order (relevance or newest first), a result
 * count read out to screen readers, and results that show kind, title,
 * context and the matched words. In a dialog from the header, or inline on
 * /search/. Everything the reader typed or an index holds is inserted as
 * text; only `<mark>` is ever made from an excerpt.
 */
import {
	bySection,
	excerptParts,
	normaliseQuery,
	runSearch,
	type Row,
	type Search,
	type SearchOrder,
} from '../../search/query.ts';
import { loadPagefind, SITE_BASE } from './pagefind.ts';

/** Results rendered at once; "Show more" renders the next batch. */
const BATCH = 20;

/** A search with at most this many results found little: the site's vocabulary is asked for a better spelling. */
const LITTLE = 2;

/**
 * A better spelling of `query` from the site's vocabulary, if any (none when the vocabulary cannot
 * be had). Its code and the vocabulary load only now: a search that finds what it looks for
 * downloads neither.
 */
async function suggestionFor(query: string): Promise<string | undefined> {
	try {
		const { suggestQuery, loadLexicon } = await import('./vocabulary.ts');
		return suggestQuery(query, await loadLexicon());
	} catch {
		return undefined;
	}
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
	const el = Object.assign(document.createElement(tag), props);
	el.append(...children);
	return el;
}

/** The panel: input, filters, status line, results, empty state. */
function buildPanel(idPrefix: string): { panel: HTMLElement; input: HTMLInputElement } {
	const input = element('input', {
		type: 'search',
		id: `${idPrefix}-input`,
		autocomplete: 'off',
		spellcheck: false,
		placeholder: 'Names, terms, outlets, quoted words…',
	});
	input.setAttribute('aria-controls', `${idPrefix}-results`);
	const filter = (name: string, label: string) =>
		element('label', { className: 'search-filter' }, [
			`${label} `,
			element('select', { name }, [element('option', { value: '' }, ['All'])]),
		]);
	const empty = element('p', { className: 'search-empty', hidden: true });
	empty.innerHTML = `Nothing found. Try another spelling or fewer words, or browse the <a href="${SITE_BASE}a-z/">A–Z of people, places, terms and events</a> and the <a href="${SITE_BASE}sources/">sources</a>.`;
	const panel = element('div', { className: 'search-panel' }, [
		element('div', { className: 'search-head' }, [
			element('label', { htmlFor: input.id, className: 'search-label' }, ['Search']),
			input,
		]),
		// Right under the box, so the search as typed is the next Tab stop.
		element('p', { className: 'search-correction', hidden: true }),
		element('div', { className: 'search-filters' }, [
			filter('kind', 'Kind'),
			filter('topic', 'Topic'),
			filter('month', 'Published'),
			filter('outlet', 'Outlet cited'),
			element('label', { className: 'search-filter' }, [
				'Order ',
				element('select', { name: 'order' }, [
					element('option', { value: '' }, ['Relevance']),
					element('option', { value: 'newest' }, ['Newest first']),
				]),
			]),
		]),
		element('p', { className: 'search-summary', role: 'status' }),
		element('ol', { className: 'search-results', id: `${idPrefix}-results` }),
		empty,
		element('button', { type: 'button', className: 'search-more', hidden: true }, ['Show more results']),
	]);
	return { panel, input };
}

/** Wire a panel: searching as the reader types, filters, keyboard moves between box and results; `onRun` hears each search's state. */
function wire(
	panel: HTMLElement,
	input: HTMLInputElement,
	onRun?: (state: URLSearchParams) => void,
): (query: string) => void {
	const summary = panel.querySelector<HTMLElement>('.search-summary')!;
	const list = panel.querySelector<HTMLOListElement>('.search-results')!;
	const empty = panel.querySelector<HTMLElement>('.search-empty')!;
	const more = panel.querySelector<HTMLButtonElement>('.search-more')!;
	const correction = panel.querySelector<HTMLElement>('.search-correction')!;
	const order = panel.querySelector<HTMLSelectElement>('select[name=order]')!;
	const selects = [...panel.querySelectorAll('select')].filter((s) => s !== order);
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let current: { search: Search; next: number; id: number } | undefined;
	const results = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

	/** The line under the box after a corrected search: "Showing results for “Witkoff”. Search instead for “Witkov”", the second a button. */
	const offer = (before: string, label: string, after: string, action: () => void) => {
		const button = element('button', { type: 'button', className: 'search-instead' }, [label]);
		button.addEventListener('click', () => {
			action();
			input.focus();
		});
		correction.replaceChildren(before, button, after);
		correction.hidden = false;
	};

	/** Search for what the box holds; unless `exact`, a search that finds nothing runs again under the site's nearest spelling. */
	const run = async (exact = false) => {
		const id = ++generation;
		const query = normaliseQuery(input.value);
		correction.hidden = true;
		if (query === '') {
			list.replaceChildren();
			summary.textContent = '';
			empty.hidden = true;
			more.hidden = true;
			return;
		}
		summary.textContent = `Searching for “${query}”…`;
		const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
		onRun?.(
			new URLSearchParams([
				['q', query],
				...Object.entries(filters).map(([k, [v]]) => [k, v!] as [string, string]),
				...(order.value ? [['sort', order.value] as [string, string]] : []),
			]),
		);
		try {
			const pagefind = await loadPagefind();
			const sorted = (order.value || 'relevance') as SearchOrder;
			const search = await runSearch(pagefind, query, filters, sorted);
			if (id !== generation) return;
			const state = (current = { search, next: 0, id });
			list.replaceChildren();
			const fillFilters = (s: Search) => () =>
				s.filters().then((counts) => void (id === generation && updateFilters(selects, counts)));
			// The first row goes in before the filters' counts are fetched and their options rebuilt.
			const rendering = renderBatch(state, fillFilters(search));
			// The count, read out once: every page found, under the reader's spelling and the entity's other names.
			await search.settled;
			if (id !== generation) return;
			// Little or nothing found: the site's nearest spelling, shown instead if it finds more.
			const suggestion = !exact && search.count <= LITTLE ? await suggestionFor(query) : undefined;
			if (id !== generation) return;
			const corrected = suggestion ? await runSearch(pagefind, suggestion, filters, sorted) : undefined;
			await corrected?.settled;
			if (id !== generation) return;
			if (suggestion && corrected && corrected.count > search.count) {
				await rendering;
				if (id !== generation) return;
				list.replaceChildren();
				current = { search: corrected, next: 0, id };
				empty.hidden = true;
				summary.textContent = `Showing ${results(corrected.count)} for “${suggestion}”: ${search.count === 0 ? 'nothing' : results(search.count)} matched “${query}”.`;
				offer(`Showing results for “${suggestion}”. `, `Search instead for “${query}”`, '', () => void run(true));
				await renderBatch(current, fillFilters(corrected));
				return;
			}
			empty.hidden = search.count > 0;
			summary.textContent = `${results(search.count)} for “${query}”`;
			await rendering;
		} catch {
			if (id === generation)
				summary.textContent = 'Search is not available right now. Browse the A–Z or the sources instead.';
		}
	};

	/** Render the next batch of `state`'s results, each as soon as its data arrives, in order; the first before the other-name searches end, then `afterFirst`. */
	const renderBatch = async (state: NonNullable<typeof current>, afterFirst?: () => Promise<void>) => {
		const { search, id } = state;
		list.setAttribute('aria-busy', 'true');
		let i = state.next;
		if (i === 0 && search.count > 0) {
			const rows = await search.rows(0);
			if (id !== generation) return;
			list.append(...renderRows(rows));
			i = 1;
		}
		const filled = afterFirst?.();
		await search.settled;
		if (id !== generation) return;
		const end = Math.min(search.count, state.next + BATCH);
		for (; i < end; i++) {
			const rows = await search.rows(i);
			if (id !== generation) return;
			list.append(...renderRows(rows));
		}
		state.next = end;
		// Busy until the filters offer this search's values too.
		await filled;
		if (id !== generation) return;
		list.setAttribute('aria-busy', 'false');
		more.hidden = end >= search.count;
	};

	// The first keystroke after a pause searches at once, in the event itself (a timer would wait
	// behind the rendering of the letter typed); while the reader types, at most every 80 ms, the
	// index chunks for the words so far asked for meanwhile.
	let lastRun = -Infinity;
	const runNow = () => {
		lastRun = performance.now();
		void run();
	};
	input.addEventListener('input', () => {
		clearTimeout(timer);
		const wait = 80 - (performance.now() - lastRun);
		if (wait <= 0) return runNow();
		const query = normaliseQuery(input.value);
		if (query)
			void loadPagefind()
				.then((p) => p.preload(query))
				.catch(() => {});
		timer = setTimeout(runNow, wait);
	});
	for (const select of [...selects, order]) select.addEventListener('change', () => void run());
	more.addEventListener('click', () => void (current && renderBatch(current)));
	panel.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-link')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (document.activeElement !== input && at === -1) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0) input.focus();
		else links[Math.min(next, links.length - 1)]?.focus();
	});
	return (query) => {
		input.value = query;
		void run();
	};
}

function updateFilters(selects: HTMLSelectElement[], counts: Record<string, Record<string, number>>): void {
	for (const select of selects) {
		const chosen = select.value;
		const values = Object.entries(counts[select.name] ?? {})
			.filter(([value, n]) => n > 0 || value === chosen)
			.sort(([a], [b]) => a.localeCompare(b));
		select.replaceChildren(
			element('option', { value: '' }, ['All']),
			...values.map(([value, n]) => element('option', { value, selected: value === chosen }, [`${value} (${n})`])),
		);
	}
}

/**
 * One page's rows: a row alone as it is; several paragraphs of one explainer under one result,
 * headed by the explainer, each section once, titled by its heading (several hits of a section
 * were separate results with the same title): its best paragraph's excerpt, then its other
 * paragraphs' excerpts, each a link to its paragraph. Each hit keeps its kind, for screen readers only.
 */
function renderRows(rows: Row[]): HTMLLIElement[] {
	const page = (row: Row) => row.url.split('#')[0];
	if (rows.length < 2 || rows.some((r) => page(r) !== page(rows[0]!) || r.context !== rows[0]!.context))
		return rows.map((row) => renderRow(row));
	const sections = bySection(rows);
	if (sections.length === 1) return [renderRow(sections[0]!.lead, false, sections[0]!.more)];
	const first = rows[0]!;
	const title = element('p', { className: 'search-group-title' }, [
		element('span', { className: 'search-kind' }, [first.kind]),
		' ',
		element('span', { className: 'search-title' }, [first.context]),
	]);
	return [
		element('li', { className: 'search-group' }, [
			title,
			element(
				'ol',
				{ className: 'search-hits' },
				sections.map((section) => renderRow(section.lead, true, section.more)),
			),
		]),
	];
}

/** An excerpt's text, with only `<mark>` made from it. */
function excerptNodes(excerpt: string): Node[] {
	return excerptParts(excerpt).map((part) =>
		part.mark ? element('mark', {}, [part.text]) : document.createTextNode(part.text),
	);
}

/** A result: its link, context and excerpt; `more`, other paragraphs of its section, each an excerpt that links to it. */
function renderRow(row: Row, inGroup = false, more: Row[] = []): HTMLLIElement {
	const kind = element('span', { className: inGroup ? 'search-kind visually-hidden' : 'search-kind' }, [row.kind]);
	return element('li', { className: 'search-result' }, [
		element('a', { className: 'search-link', href: row.url }, [
			kind,
			' ',
			element('span', { className: 'search-title' }, [row.title]),
		]),
		...(row.context && !inGroup ? [element('p', { className: 'search-context' }, [row.context])] : []),
		...(row.excerpt ? [element('p', { className: 'search-excerpt' }, excerptNodes(row.excerpt))] : []),
		...more.map((also) =>
			element('p', { className: 'search-excerpt search-also' }, [
				element(
					'a',
					{ className: 'search-link', href: also.url },
					also.excerpt ? excerptNodes(also.excerpt) : [also.title],
				),
			]),
		),
	]);
}

let dialog: HTMLDialogElement | undefined;

/** Open the search dialog (built on first use); Esc closes it and focus returns to where it was. */
export function openSearchDialog(): void {
	if (!dialog) {
		const { panel, input } = buildPanel('search-dialog');
		const close = element('button', { type: 'button', className: 'search-close' }, ['Close']);
		close.addEventListener('click', () => dialog!.close());
		panel.querySelector('.search-head')!.append(close);
		dialog = element('dialog', { className: 'search-dialog', id: 'search-dialog' }, [panel]);
		dialog.setAttribute('aria-label', 'Search');
		document.body.append(dialog);
		wire(panel, input);
		// Esc closes at once, even from a search box with text, which Chromium would only clear.
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			dialog!.close();
		});
		// A click on the backdrop (outside the panel) closes the dialog.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog!.close();
		});
	}
	dialog.showModal();
	dialog.querySelector('input')!.focus();
}

/**
 * The /search/ page: the panel inline. Its state lives in the address
 * (`?q=…&topic=…&month=…&sort=newest`), so a filtered search can be shared
 * and reloaded; each search replaces the address, adding no history entry.
 */
export function mountSearchPage(host: HTMLElement): void {
	const { panel, input } = buildPanel('search-page');
	host.replaceChildren(panel);
	const params = new URLSearchParams(location.search);
	for (const select of panel.querySelectorAll('select')) {
		const value = params.get(select.name === 'order' ? 'sort' : select.name);
		if (!value) continue;
		if (![...select.options].some((o) => o.value === value)) select.append(element('option', { value }, [value]));
		select.value = value;
	}
	const search = wire(panel, input, (state) => history.replaceState(null, '', `${location.pathname}?${state}`));
	const q = params.get('q');
	if (q) search(q);
	else input.focus();
}
