/** A copy of a note's full card for the sheet or the preview: ids removed, so the page keeps one of each. */
export function cardCopy(note: HTMLElement): HTMLElement | null {
	const card = note.querySelector<HTMLElement>('.card');
	if (!card) return null;
	const copy = card.cloneNode(true) as HTMLElement;
	for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
	const line = note.querySelector('.note-line')?.cloneNode(true) as HTMLElement | undefined;
	if (line) {
		const head = document.createElement('p');
		head.className = 'card-head';
		head.append(...line.childNodes);
		copy.prepend(head);
	}
	return copy;
}
