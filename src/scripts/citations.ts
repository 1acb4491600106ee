/**
 * Enhancements for following citations. Everything here is optional: the
 * links, lists and :target styles already work without JavaScript.
 *
 * - hovering or focusing a marker highlights its claim and its entry;
 *   hovering or focusing an entry highlights the claims it supports;
 * - arriving at a claim's URL highlights its entries too;
 * - "Link" copies a claim's permalink;
 * - on phones, a marker opens its entry in a bottom sheet (popover).
 */
const ACTIVE = 'is-active';
const PHONE = '(max-width: 47.99rem)';

let lit: Element[] = [];

function highlight(elements: Element[]): void {
	for (const el of lit) el.classList.remove(ACTIVE);
	lit = elements;
	for (const el of lit) el.classList.add(ACTIVE);
}

function byId(id: string | undefined | null): Element[] {
	const el = id ? document.getElementById(id) : null;
	return el ? [el] : [];
}

/** Claims and entries related to whatever the pointer or focus is on. */
function related(target: EventTarget | null): Element[] {
	if (!(target instanceof Element)) return [];
	const ref = target.closest<HTMLAnchorElement>('a[role=doc-noteref]');
	if (ref) return [...byId(ref.closest<HTMLElement>('.marker')?.dataset.claim), ...byId(ref.hash.slice(1))];
	const note = target.closest<HTMLElement>('.notes li.note');
	if (note) return [note, ...claimsOf(note).flatMap(byId)];
	return [];
}

/** Ids of the claims an entry supports (from its back links). */
function claimsOf(note: Element): string[] {
	return [...note.querySelectorAll<HTMLAnchorElement>('a[role=doc-backlink]')].map((a) => a.hash.slice(1));
}

/** When the URL names a claim, light up the entries that support it. */
function showTarget(): void {
	document.querySelectorAll('.is-cited').forEach((el) => el.classList.remove('is-cited'));
	const id = decodeURIComponent(location.hash.slice(1));
	if (!id.startsWith('c-')) return;
	document.querySelectorAll('.notes li.note').forEach((note) => {
		if (claimsOf(note).includes(id)) note.classList.add('is-cited');
	});
}

async function copyLink(link: HTMLAnchorElement): Promise<void> {
	const url = `${location.origin}${location.pathname}${link.hash}`;
	history.replaceState(null, '', link.hash);
	showTarget();
	const status = document.getElementById('citation-status');
	try {
		await navigator.clipboard.writeText(url);
		if (status) status.textContent = 'Link to the claim copied.';
		link.dataset.copied = '';
		setTimeout(() => delete link.dataset.copied, 2000);
	} catch {
		if (status) status.textContent = `Link to the claim: ${url}`;
	}
}

/** Phones: show a marker's entry in the bottom sheet instead of jumping to it. */
function openSheet(ref: HTMLAnchorElement): boolean {
	const sheet = document.getElementById('note-sheet');
	const note = document.getElementById(ref.hash.slice(1));
	const body = sheet?.querySelector('.sheet-body');
	if (!sheet || !note || !body || !('showPopover' in sheet)) return false;
	const copy = note.cloneNode(true) as HTMLElement;
	for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
	body.replaceChildren(copy);
	sheet.querySelector('.sheet-title')!.textContent = ref.getAttribute('aria-label') ?? 'Source';
	sheet.showPopover();
	sheet.querySelector<HTMLElement>('.sheet-close')?.focus();
	highlight(related(ref));
	sheet.addEventListener('toggle', (event) => {
		if ((event as ToggleEvent).newState === 'closed') {
			highlight([]);
			ref.focus({ preventScroll: true });
		}
	}, { once: true });
	return true;
}

export function enhanceCitations(): void {
	const on = (event: Event) => highlight(related(event.target));
	document.addEventListener('pointerover', on);
	document.addEventListener('focusin', on);
	document.addEventListener('pointerleave', () => highlight([]));
	window.addEventListener('hashchange', showTarget);
	showTarget();
	const phone = matchMedia(PHONE);
	document.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const copy = target?.closest<HTMLAnchorElement>('a[data-copy]');
		if (copy) {
			event.preventDefault();
			void copyLink(copy);
			return;
		}
		const ref = target?.closest<HTMLAnchorElement>('a[role=doc-noteref]');
		if (ref && phone.matches && openSheet(ref)) event.preventDefault();
	});
}
