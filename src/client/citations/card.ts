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
	addCopyButtons(copy);
	return copy;
}

/** Next to each back link in `root`, a button that copies the claim's address (copying needs a script). */
export function addCopyButtons(root: ParentNode): void {
	for (const back of root.querySelectorAll<HTMLAnchorElement>('a[role=doc-backlink]')) {
		if (back.nextElementSibling?.classList.contains('copy-link')) continue;
		const button = Object.assign(document.createElement('button'), {
			type: 'button',
			className: 'copy-link',
			textContent: 'Link to claim',
		});
		button.dataset.claim = back.hash.slice(1);
		back.after(' ', button);
	}
}
