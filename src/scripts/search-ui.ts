/**
 * The search UI: Pagefind's Component UI in our configuration, in a dialog
 * (header) or inline (/search/). Loaded only when the reader reaches for
 * search; see search-trigger.ts.
 */
import { RANKING } from '../search/ranking.ts';

const PAGEFIND = '/pagefind/';
let loading: Promise<unknown> | undefined;

type Components = { configureInstance(name: string, options: object): void };

/**
 * Results shown at once. Pagefind's UI renders a placeholder per result, so
 * on a large site a common word (thousands of matches) would make every
 * keystroke slow; beyond this many, the reader narrows with words or filters.
 */
const MAX_RESULTS = 50;

/** Fetch Pagefind's UI once (CSS and the custom elements). */
export function loadPagefindUI(): Promise<unknown> {
	if (!loading) {
		const css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = `${PAGEFIND}pagefind-component-ui.css`;
		document.head.append(css);
		// A classic script, not a module: it finds its own folder (and so the
		// index) through document.currentScript.
		loading = new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = `${PAGEFIND}pagefind-component-ui.js`;
			script.onload = () => {
				(window as unknown as { PagefindComponents?: Components }).PagefindComponents?.configureInstance('default', { ranking: RANKING });
				resolve(undefined);
			};
			script.onerror = () => {
				loading = undefined;
				script.remove();
				reject(new Error('Pagefind UI unavailable'));
			};
			document.head.append(script);
		});
	}
	return loading;
}

/**
 * The search widgets: text box, filters by kind and by outlet cited,
 * a result count read out to screen readers, and results that show kind,
 * title, context and a highlighted excerpt. `{{ }}` escapes; only Pagefind's
 * excerpt (built from our own escaped index text) is inserted as HTML.
 */
export function searchWidgets(placeholder: string, inModal = false): string {
	// A short debounce: a query takes a few milliseconds once the index is loaded.
	const input = `<pagefind-input placeholder="${placeholder}" debounce="60"></pagefind-input>`;
	const body = `
	<div class="search-filters">
		<pagefind-filter-dropdown filter="kind" label="Kind"></pagefind-filter-dropdown>
		<pagefind-filter-dropdown filter="outlet" label="Outlet cited"></pagefind-filter-dropdown>
	</div>
	<pagefind-summary></pagefind-summary>
	<pagefind-results hide-sub-results max-results="${MAX_RESULTS}">
		<script type="text/pagefind-template">
			<li class="pf-result search-result">
				<div class="pf-result-card"><div class="pf-result-content">
					<p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}"><span class="search-kind">{{ meta.kind }}</span> <span class="search-title">{{ meta.title }}</span></a></p>
					{{#if meta.context}}<p class="search-context">{{ meta.context }}</p>{{/if}}
					{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
				</div></div>
			</li>
		</script>
	</pagefind-results>
	<p class="search-more" hidden>Showing the best ${MAX_RESULTS}. Add a word or use a filter to narrow the results.</p>
	<p class="search-empty" hidden>Nothing found. Try another spelling or a shorter word, or browse the <a href="/a-z/">A–Z of people, places and terms</a> and the <a href="/sources/">sources</a>.</p>`;
	const config = '<pagefind-config preload highlight-param="highlight" excerpt-length="24"></pagefind-config>';
	if (!inModal) return `${config}<div class="search-panel">${input}${body}</div>`;
	return `${config}<pagefind-modal>
	<pagefind-modal-header>${input}</pagefind-modal-header>
	<pagefind-modal-body class="search-panel">${body}</pagefind-modal-body>
	<pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>
</pagefind-modal>`;
}

/**
 * Keep an eye on the widgets as they render: show the empty-state help when
 * a search returns nothing, name the filter buttons (Pagefind 1.5.2's
 * dropdown trigger is a combobox whose text does not count as its name),
 * and drop the modal header's duplicate close button.
 */
export function watchWidgets(root: Element): void {
	const summary = root.querySelector('pagefind-summary');
	const help = root.querySelector<HTMLElement>('.search-empty');
	const more = root.querySelector<HTMLElement>('.search-more');
	const update = () => {
		const text = summary?.textContent?.trim() ?? '';
		if (help) help.hidden = !/^No results/i.test(text);
		if (more) more.hidden = Number(/^([\d,]+) results/.exec(text)?.[1]?.replace(/,/g, '') ?? 0) <= MAX_RESULTS;
		// The modal header renders twice when the modal moves it into its dialog: keep one close button.
		const closers = [...root.querySelectorAll('pagefind-modal-header .pf-modal-close')];
		for (const extra of closers.slice(0, -1)) extra.remove();
		for (const trigger of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-label])')) {
			const label = trigger.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
			if (label) trigger.setAttribute('aria-label', `Filter: ${label}`);
		}
	};
	new MutationObserver(update).observe(root, { subtree: true, childList: true, characterData: true });
	update();
}

/** Put `query` in the search box and run it. */
export async function runQuery(root: Element, query: string): Promise<void> {
	for (let tries = 0; tries < 100; tries++) {
		const input = root.querySelector<HTMLInputElement>('pagefind-input input');
		if (input) {
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			return;
		}
		await new Promise((r) => requestAnimationFrame(r));
	}
}

type Modal = HTMLElement & { open(): void };
let modal: Modal | undefined;

/** Open the search dialog, creating it the first time. */
export async function openSearch(): Promise<void> {
	await loadPagefindUI();
	if (!modal) {
		const host = document.createElement('div');
		host.className = 'search-host';
		host.innerHTML = searchWidgets('Search names, terms, outlets…', true);
		document.body.append(host);
		modal = host.querySelector('pagefind-modal') as Modal;
		// Esc in an open filter menu closes the menu, not the whole dialog
		// (the native dialog would otherwise take the key as "cancel").
		modal.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			const menu = modal?.querySelector('.pf-dropdown-menu:not([hidden])');
			const dropdown = menu?.closest<HTMLElement & { close?: () => void }>('pagefind-filter-dropdown');
			if (!dropdown?.close) return;
			event.preventDefault();
			event.stopPropagation();
			dropdown.close();
			dropdown.querySelector<HTMLElement>('.pf-dropdown-trigger')?.focus();
		}, { capture: true });
		await customElements.whenDefined('pagefind-modal');
		watchWidgets(modal);
	}
	modal.open();
}

