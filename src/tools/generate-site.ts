/**
 * A synthetic content folder of N explainers for benchmarks: the real
 * source and entity records, and articles made of cited paragraphs that
 * mention those entities. Deterministic (seeded), so runs compare.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const WORDS = 'security guarantees talks summit envoy leaders proposal alliance treaty officials ceasefire territory pledge meeting report statement analysts negotiations sanctions delegation agreement'.split(' ');

export function generateSite(dir: string, count: number, from = 'content'): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'articles'), { recursive: true });
	cpSync(join(from, 'sources'), join(dir, 'sources'), { recursive: true });
	cpSync(join(from, 'entities'), join(dir, 'entities'), { recursive: true });
	const sources = readdirSync(join(dir, 'sources')).map((f) => f.replace(/\.yaml$/, ''));
	const names = readdirSync(join(dir, 'entities')).map((f) => /^name: "(.*)"$/m.exec(readFileSync(join(dir, 'entities', f), 'utf8'))?.[1] ?? 'NATO');
	const rnd = random(42);
	const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
	const sentence = () => {
		const words = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => pick(WORDS));
		return `${pick(names)} discussed ${words.join(' ')}`;
	};
	for (let n = 1; n <= count; n++) {
		const sections = [1, 2, 3].map((s) => {
			const paragraphs = [1, 2, 3].map(() => {
				const cites = [1, 2, 3].map(() => `${sentence()} [@${pick(sources)}${rnd() < 0.3 ? `; @${pick(sources)}` : ''}].`);
				return cites.join(' ');
			});
			return `## Section ${s} of explainer ${n}\n\n${paragraphs.join('\n\n')}`;
		});
		const day = String(1 + (n % 28)).padStart(2, '0');
		const month = String(1 + (n % 12)).padStart(2, '0');
		writeFileSync(
			join(dir, 'articles', `explainer-${n}.mdx`),
			`---\ntitle: "Synthetic explainer ${n}: ${pick(names)} and ${pick(WORDS)}"\ndescription: "Generated for benchmarks."\npublished: "2024-${month}-${day}"\n---\n\n${sentence()} [@${pick(sources)}].\n\n${sections.join('\n\n')}\n`,
		);
	}
}
