/**
 * Upgrades the header's plain search form to Pagefind's Component UI the
 * first time the reader reaches for it (focus, `/` or Ctrl/Cmd-K). Until
 * then no Pagefind byte is fetched; without JavaScript the form still works.
 */
const PAGEFIND = '/pagefind/';
let loading: Promise<unknown> | undefined;

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
			script.onload = resolve;
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

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Replace the form with a live search box, keeping what the reader typed. */
async function upgrade(form: HTMLFormElement, typed: HTMLInputElement): Promise<void> {
	await loadPagefindUI();
	const box = document.createElement('pagefind-searchbox');
	box.setAttribute('show-sub-results', '');
	box.setAttribute('placeholder', typed.placeholder);
	form.replaceWith(box);
	await customElements.whenDefined('pagefind-searchbox');
	for (let tries = 0; tries < 50 && !box.querySelector('input'); tries++) {
		await new Promise((r) => requestAnimationFrame(r));
	}
	const input = box.querySelector('input');
	if (!input) return;
	input.focus();
	if (typed.value) {
		input.value = typed.value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

export function enhanceSearch(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector('input');
	if (!form || !input) return;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		upgrade(form, input).catch(() => {
			// Index missing (e.g. `astro dev` before a build): keep the plain form.
			started = false;
		});
	};
	input.addEventListener('focus', start);
	document.addEventListener('keydown', (event) => {
		const slash = event.key === '/' && !isTyping(event.target);
		const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		if (!slash && !modK) return;
		if (started) return;
		event.preventDefault();
		input.focus();
	});
}
