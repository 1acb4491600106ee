/**
 * The header's search button, `/` and Ctrl/Cmd-K. Tiny on purpose: the UI
 * (search-ui.ts, then Pagefind's Component UI and index) is fetched only
 * when the reader reaches for search; hovering or focusing the button
 * starts that download so results are ready when the first letter is typed.
 */
const ui = () => import('./search-ui.ts');

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function enhanceSearch(): void {
	const trigger = document.querySelector<HTMLButtonElement>('[data-search-trigger]');
	if (!trigger) return;
	const warm = () => void ui().then((m) => m.loadPagefindUI()).catch(() => {});
	trigger.addEventListener('pointerenter', warm, { once: true });
	trigger.addEventListener('focus', warm, { once: true });
	const open = () => void ui().then((m) => m.openSearch()).catch(() => location.assign('/search/'));
	trigger.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		const slash = event.key === '/' && !isTyping(event.target);
		const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		if (!slash && !modK) return;
		if (document.querySelector('pagefind-modal dialog[open]')) return;
		event.preventDefault();
		open();
	});
}
