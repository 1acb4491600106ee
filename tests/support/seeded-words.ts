/** Test input: `count` words drawn from `vocabulary` distinct ones, the same for the same seed (mulberry32). */
export function seededWords(count: number, vocabulary: number, seed: number): string[] {
	let x = seed;
	return Array.from({ length: count }, () => {
		x = (x + 0x6d2b79f5) | 0;
		let t = Math.imul(x ^ (x >>> 15), 1 | x);
		t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
		return `w${((t ^ (t >>> 14)) >>> 0) % vocabulary}`;
	});
}
