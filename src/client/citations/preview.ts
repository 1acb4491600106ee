/**
 * Wide screens: hovering or focusing a marker shows its note's full card
 * next to it, as Wikipedia's reference previews do. The preview is a
 * manual popover in the top layer, so it moves nothing on the page; it
 * stays while the pointer is over it (to follow its links) and Esc hides
 * it (WCAG 1.4.13).
 */
import { cardCopy } from './card.ts';

const SHOW_AFTER = 150;
const HIDE_AFTER = 250;

let showTimer: ReturnType<typeof setTimeout> | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let shownFor: HTMLElement | undefined;

function preview(): HTMLElement | null {
	const el = document.getElementById('note-preview');
	if (el && !el.dataset.wired) {
		el.dataset.wired = '';
		el.addEventListener('pointerenter', () => clearTimeout(hideTimer));
		el.addEventListener('pointerleave', () => hidePreview());
	}
	return el && 'showPopover' in el ? el : null;
}

export function schedulePreview(ref: HTMLAnchorElement, note: HTMLElement | null): void {
	clearTimeout(hideTimer);
	clearTimeout(showTimer);
	if (shownFor === ref) return;
	showTimer = setTimeout(() => show(ref, note), SHOW_AFTER);
}

function show(ref: HTMLAnchorElement, note: HTMLElement | null): void {
	const el = preview();
	const copy = note && cardCopy(note);
	if (!el || !copy) return;
	el.replaceChildren(copy);
	if (!el.matches(':popover-open')) el.showPopover();
	shownFor = ref;
	place(el, ref.getBoundingClientRect());
}

/** Below the marker if it fits, otherwise above; never off the sides. */
function place(el: HTMLElement, at: DOMRect): void {
	const width = Math.min(352, innerWidth - 16);
	el.style.width = `${width}px`;
	el.style.left = `${Math.max(8, Math.min(at.left - 24, innerWidth - width - 8))}px`;
	const height = el.offsetHeight;
	const below = at.bottom + 6;
	el.style.top = `${below + height <= innerHeight - 8 ? below : Math.max(8, at.top - height - 6)}px`;
}

export function hidePreview(now = false): void {
	clearTimeout(showTimer);
	clearTimeout(hideTimer);
	const hide = () => {
		const el = preview();
		if (el?.matches(':popover-open')) el.hidePopover();
		shownFor = undefined;
	};
	if (now) hide();
	else hideTimer = setTimeout(hide, HIDE_AFTER);
}
