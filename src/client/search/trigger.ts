/**
 * The header's search button, `/` and Ctrl/Cmd-K, and the /search/ page.
 * Small on purpose: the UI and Pagefind are fetched only when the reader
 * reaches for search; hovering or focusing the button starts Pagefind
 * (pagefind.ts, with its first files asked for at once, preload.ts)
 * beside the UI's download, so results are ready by the first letter
 * typed. The one script of every page that starts search, so the modules
 * it shares with the UI are never split into a chunk of their own.
 */
import { loadPagefind, SITE_BASE } from './pagefind.ts';
import { hintSearchFiles } from './preload.ts';

const ui = () => import('./ui.ts');

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

/** Pagefind and the UI, both started now. */
function start(): ReturnType<typeof ui> {
	hintSearchFiles(SITE_BASE);
	void loadPagefind().catch(() => {});
	return ui();
}

export function enhanceSearch(): void {
	// The /search/ page: the panel inline, at once.
	const host = document.querySelector<HTMLElement>('[data-search-page]');
	if (host) void start().then((m) => m.mountSearchPage(host));
	const trigger = document.querySelector<HTMLButtonElement>('[data-search-trigger]');
	if (!trigger) return;
	const warm = () => void start().catch(() => {});
	trigger.addEventListener('pointerenter', warm, { once: true });
	trigger.addEventListener('focus', warm, { once: true });
	const open = () =>
		void start()
			.then((m) => m.openSearchDialog())
			.catch(() => location.assign(`${SITE_BASE}search/`));
	trigger.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		const slash = event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey;
		const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		if (!slash && !modK) return;
		if (document.querySelector('dialog.search-dialog[open]')) return;
		event.preventDefault();
		open();
	});
}
