/**
 * Phones: a marker opens its note's full card in a bottom sheet (a
 * popover: Esc, a tap outside or Close dismiss it) instead of jumping
 * down the page; closing returns focus to the marker, and the page never
 * scrolls.
 */
import { cardCopy } from './card.ts';

export function openSheet(
	ref: HTMLAnchorElement,
	note: HTMLElement | null,
	onOpen: () => void,
	onClose: () => void,
): boolean {
	const sheet = document.getElementById('note-sheet');
	const body = sheet?.querySelector('.sheet-body');
	const copy = note && cardCopy(note);
	if (!sheet || !body || !copy || !('showPopover' in sheet)) return false;
	body.replaceChildren(copy);
	sheet.querySelector('.sheet-title')!.textContent = ref.getAttribute('aria-label') ?? 'Source';
	sheet.showPopover();
	sheet.querySelector<HTMLElement>('.sheet-close')?.focus();
	onOpen();
	sheet.addEventListener(
		'toggle',
		(event) => {
			if ((event as ToggleEvent).newState === 'closed') {
				onClose();
				ref.focus({ preventScroll: true });
			}
		},
		{ once: true },
	);
	return true;
}
