/**
 * The longest run of words one text shares with others, in time that grows
 * with the words read rather than with their product: the research check
 * shows the notes' passage nearest to a quote they lack, and both the quote
 * and a line of the notes can be as long as an author pastes.
 *
 * The quote's runs are indexed once as a suffix automaton: each state stands
 * for the runs of the quote that end at the same places, and a word leads to
 * the state of the runs one word longer. A passage is then read word by word,
 * keeping the longest run of the quote that ends at the current word; when
 * the next word does not extend it, the run is cut from the front (the
 * state's link) until it does.
 */
export class WordRuns {
	private readonly next: Map<string, number>[] = [new Map()];
	private readonly link: number[] = [-1];
	private readonly length: number[] = [0];
	/** Words read and runs cut while reading passages: never more than twice the words read. */
	steps = 0;

	constructor(words: readonly string[]) {
		let last = 0;
		for (const word of words) last = this.extend(last, word);
	}

	/** Length of the longest run of words `words` shares with the indexed words. */
	longestIn(words: readonly string[]): number {
		let state = 0;
		let run = 0;
		let best = 0;
		for (const word of words) {
			// Each cut shortens the run and each word lengthens it by one at most: the cuts cannot outnumber the words.
			while (state > 0 && !this.next[state]!.has(word)) {
				state = this.link[state]!;
				run = this.length[state]!;
				this.steps++;
			}
			const to = this.next[state]!.get(word);
			if (to === undefined) run = 0;
			else {
				state = to;
				run++;
			}
			this.steps++;
			if (run > best) best = run;
		}
		return best;
	}

	/** Adds `word` after the runs ending at `last`; returns the state of the whole text so far. */
	private extend(last: number, word: string): number {
		const current = this.state(this.length[last]! + 1, new Map(), 0);
		let p = last;
		while (p !== -1 && !this.next[p]!.has(word)) {
			this.next[p]!.set(word, current);
			p = this.link[p]!;
		}
		if (p === -1) return current;
		const q = this.next[p]!.get(word)!;
		if (this.length[p]! + 1 === this.length[q]) {
			this.link[current] = q;
			return current;
		}
		// `q` also stands for longer runs that do not end here: the shorter ones get a state of their own.
		const clone = this.state(this.length[p]! + 1, new Map(this.next[q]), this.link[q]!);
		while (p !== -1 && this.next[p]!.get(word) === q) {
			this.next[p]!.set(word, clone);
			p = this.link[p]!;
		}
		this.link[q] = clone;
		this.link[current] = clone;
		return current;
	}

	private state(length: number, next: Map<string, number>, link: number): number {
		this.next.push(next);
		this.length.push(length);
		this.link.push(link);
		return this.next.length - 1;
	}
}
