/**
 * Offsets to 1-based line and column in one pass per text, then a binary
 * search per lookup: thousands of problems in one file cost no more than
 * one scan (a rescan per problem made 5,000 errors take 30 s).
 */
export class LineIndex {
	readonly #starts: number[] = [0];

	constructor(text: string) {
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
	}

	/** Line and column (both 1-based) of `offset`; a `\r` before `\n` counts as part of the line end. */
	locate(offset: number): { line: number; column: number } {
		let low = 0;
		let high = this.#starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.#starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - this.#starts[low]! + 1 };
	}
}

const byText = new Map<string, LineIndex>();

/** The line index of `text`, built once per text (the last few texts are kept). */
export function lineIndexOf(text: string): LineIndex {
	let index = byText.get(text);
	if (!index) {
		if (byText.size > 16) byText.clear();
		byText.set(text, (index = new LineIndex(text)));
	}
	return index;
}
