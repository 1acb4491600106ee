/**
 * The header's search button, `/` and Ctrl/Cmd-K. Tiny on purpose: the UI
 * and Pagefind are fetched only when the reader reaches for search;
 * hovering or focusing the button starts that download (Pagefind's own
 * files beside the UI's, see preload.ts), so results are ready by the
 * first letter typed.
 */
import { hintSearchFiles } from './preload.ts';

const ui = () => import('./ui.ts');
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function enhanceSearch(): void {
	const trigger = document.querySelector<HTMLButtonElement>('[data-search-trigger]');
	if (!trigger) return;
	const warm = () => {
		hintSearchFiles(base);
		void ui().then((m) => m.warm()).catch(() => {});
	};
	trigger.addEventListener('pointerenter', warm, { once: true });
	trigger.addEventListener('focus', warm, { once: true });
	const open = () => {
		hintSearchFiles(base);
		void ui().then((m) => m.openSearchDialog()).catch(() => location.assign(`${base}search/`));
	};
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
