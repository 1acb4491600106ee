/**
 * Enhancements for following citations. Everything here is optional: the
 * links, `<details>` notes and `:target` styles work without JavaScript.
 *
 * - hovering or focusing a marker highlights its claim and note, and on
 *   wide screens shows the full card beside it (a preview that stays while
 *   the pointer is over it; Esc hides it);
 * - a click on a marker opens its note's card in place (wide screens) or
 *   in a bottom sheet (phones), without moving the page;
 * - hovering or focusing a note highlights the claims it supports;
 * - arriving at a claim's URL (or a corrected claim's old one) lights up
 *   the notes that support it;
 * - "Link to claim" copies the claim's address;
 * - printing opens every card.
 */
import { addCopyButtons } from './card.ts';
import { openSheet } from './sheet.ts';
import { hidePreview, schedulePreview } from './preview.ts';

const ACTIVE = 'is-active';
const PHONE = matchMedia('(max-width: 47.99rem)');

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

/** The note a marker link points to. */
export function noteOf(ref: HTMLAnchorElement): HTMLElement | null {
	return document.getElementById(ref.hash.slice(1));
}

/** Claims and notes related to whatever the pointer or focus is on. */
function related(target: EventTarget | null): Element[] {
	if (!(target instanceof Element)) return [];
	const ref = target.closest<HTMLAnchorElement>('a[role=doc-noteref]');
	if (ref) return [...byId(ref.closest<HTMLElement>('.marker')?.dataset.claim), ...byId(ref.hash.slice(1))];
	const note = target.closest<HTMLElement>('.notes li.note');
	if (note) return [note, ...claimsOf(note).flatMap(byId)];
	return [];
}

/** Ids of the claims a note supports (from its back links). */
function claimsOf(note: Element): string[] {
	return [...note.querySelectorAll<HTMLAnchorElement>('a[role=doc-backlink]')].map((a) => a.hash.slice(1));
}

/** When the address names a claim (or a corrected claim's old id), light up the notes that support it. */
function showTarget(): void {
	document.querySelectorAll('.is-cited').forEach((el) => el.classList.remove('is-cited'));
	let id = location.hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {}
	const target = id ? document.getElementById(id) : null;
	const claim = target?.classList.contains('claim-alias') ? target.nextElementSibling : target;
	if (!claim?.classList.contains('claim')) return;
	claim.classList.add('is-cited');
	document.querySelectorAll('.notes li.note').forEach((note) => {
		if (claimsOf(note).includes(claim.id)) note.classList.add('is-cited');
	});
}

async function copyLink(button: HTMLButtonElement): Promise<void> {
	// The explainer's own address (the share bar), or a claim's.
	const whole = button.dataset.url;
	const hash = `#${button.dataset.claim}`;
	const url = whole ?? `${location.origin}${location.pathname}${hash}`;
	if (!whole) {
		history.replaceState(null, '', hash);
		showTarget();
	}
	const status = document.getElementById('citation-status');
	try {
		await navigator.clipboard.writeText(url);
		if (status) status.textContent = whole ? 'Link to the explainer copied.' : 'Link to the claim copied.';
		button.dataset.copied = '';
		setTimeout(() => delete button.dataset.copied, 2000);
	} catch {
		if (status) status.textContent = `${whole ? 'Link to the explainer' : 'Link to the claim'}: ${url}`;
	}
}

/** Wide screens: open the note's card where it is, and take focus there. */
function openInPlace(ref: HTMLAnchorElement): boolean {
	const note = noteOf(ref);
	const card = note?.querySelector<HTMLDetailsElement>('details.note-card');
	if (!note || !card) return false;
	card.open = true;
	note.closest<HTMLDetailsElement>('details.notes-fold')?.setAttribute('open', '');
	const summary = card.querySelector<HTMLElement>('summary');
	summary?.focus({ preventScroll: true });
	// The note is beside its paragraph: scroll only if its line is out of sight.
	const line = summary?.getBoundingClientRect();
	if (line && (line.bottom < 0 || line.top > innerHeight)) note.scrollIntoView({ block: 'nearest' });
	return true;
}

/** Print every card, whatever the browser supports of `::details-content`. */
function openForPrint(): void {
	const closed = [...document.querySelectorAll<HTMLDetailsElement>('.notes details:not([open])')];
	for (const d of closed) d.open = true;
	addEventListener('afterprint', () => closed.forEach((d) => (d.open = false)), { once: true });
}

export function enhanceCitations(): void {
	const on = (event: Event) => {
		highlight(related(event.target));
		const ref = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[role=doc-noteref]') : null;
		if (ref && !PHONE.matches) schedulePreview(ref, noteOf(ref));
	};
	document.addEventListener('pointerover', on);
	document.addEventListener('focusin', on);
	document.addEventListener('pointerout', (event) => {
		if (event.target instanceof Element && event.target.closest('a[role=doc-noteref]')) hidePreview();
	});
	document.addEventListener('focusout', () => hidePreview());
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hidePreview(true);
	});
	document.addEventListener('pointerleave', () => highlight([]));
	addEventListener('hashchange', showTarget);
	addEventListener('beforeprint', openForPrint);
	showTarget();
	// Phones: opening a paragraph's sources opens every card in it (one tap to the quotes).
	document.addEventListener(
		'toggle',
		(event) => {
			const details = event.target;
			if (!(details instanceof HTMLDetailsElement) || !details.open) return;
			if (PHONE.matches && details.matches('.notes-fold'))
				details.querySelectorAll<HTMLDetailsElement>('details.note-card').forEach((d) => (d.open = true));
			if (details.matches('.note-card, .notes-fold')) addCopyButtons(details);
		},
		true,
	);
	document.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const copy = target?.closest<HTMLButtonElement>('button.copy-link');
		if (copy) {
			event.preventDefault();
			void copyLink(copy);
			return;
		}
		const ref = target?.closest<HTMLAnchorElement>('a[role=doc-noteref]');
		if (!ref) return;
		hidePreview(true);
		const handled = PHONE.matches
			? openSheet(
					ref,
					noteOf(ref),
					() => highlight(related(ref)),
					() => highlight([]),
				)
			: openInPlace(ref);
		if (handled) event.preventDefault();
	});
}
