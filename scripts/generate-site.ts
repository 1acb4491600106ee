/**
 * A synthetic content folder of N explainers for benchmarks, shaped like a
 * newsroom's: sources grow with the site (about one per five explainers),
 * entities too (about one per ten, some of them dated events), and
 * articles of about 1,400 words in paragraphs of 3–6 sentences, each
 * sentence citing 1–3 sources, about half with a quote. Deterministic
 * (seeded), so runs compare. Each explainer names its research notes
 * (`research/explainer-N.md`: the addresses of the sources it cites and of
 * the few that the entities' and authors' records cite, and the quotes it
 * cites under their sources), and the wire services copies name as their
 * origin are organisations among the entities, as the build requires.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const WORDS =
	'security guarantees talks summit envoy leaders proposal alliance treaty officials ceasefire territory pledge meeting report statement analysts negotiations sanctions delegation agreement ministers parliament border forces withdrawal monitoring elections reconstruction aid corridor energy grain ports shipping inspectors mandate framework timetable deadline referendum coalition observers'.split(
		' ',
	);
const FIRST =
	'Anna Boris Carla Dmitri Elena Farid Greta Hugo Ines Jonas Katya Luca Marta Nikolai Olga Pavel Rosa Stefan Tamara Viktor Yusuf Zofia'.split(
		' ',
	);
const LAST =
	'Andersen Borisova Castillo Dimitrov Eriksen Fischer Gallo Horvat Ivanova Jansen Kowalski Lindqvist Moreau Novak Orlov Petrov Quinn Rossi Schmidt Tanaka Urban Varga Weber Young Zielinski'.split(
		' ',
	);
const PLACES =
	'Harbourton Kessel Marivale Northfield Ostrava Pellan Rivne Sorrento Tallinn Ulm Valmiera Westport'.split(' ');
const OUTLETS =
	'Wire Agency;Global Press;Daily Ledger;Evening Courier;Metro Times;Continental News;Harbour Gazette;Civic Herald;Northern Post;Eastern Review;Capital Tribune;Coastal Observer'.split(
		';',
	);
const WIRES = ['Wire Agency', 'Global Press'];

export interface Generated {
	articles: number;
	sources: number;
	entities: number;
	words: number;
	citations: number;
}

/** How many author records the generated explainers share. */
const AUTHORS = 4;

/** Write N explainers, with their sources, entities and authors, into `dir` (replacing it). */
export function generateSite(dir: string, count: number, seed = 42): Generated {
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['articles', 'sources', 'entities', 'authors', 'research'])
		mkdirSync(join(dir, sub), { recursive: true });
	const rnd = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
	const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

	const sourceIds = Array.from({ length: Math.max(20, Math.round(count / 5)) }, (_, i) => `source-${i + 1}`);
	sourceIds.forEach((id, i) => {
		const outlet = OUTLETS[i % OUTLETS.length]!;
		const copy = !WIRES.includes(outlet) && rnd() < 0.3;
		const day = String(1 + (i % 28)).padStart(2, '0');
		writeFileSync(
			join(dir, 'sources', `${id}.yaml`),
			`outlet: "${outlet}"\n${copy ? `origin: "${pick(WIRES)}"\n` : ''}title: "${cap(words(7))}"\nurl: "${sourceUrl(id, i)}"\npublished: 2025-08-${day}\nkind: "report"\n`,
		);
	});

	// The sources the entities' descriptions and the authors' bios cite: few, so that every explainer's
	// notes can give their addresses, as the research check asks, and the notes grow with the explainer,
	// not with the site (as an author's do).
	const referenceIds = sourceIds.slice(0, 20);

	const entities: { id: string; name: string }[] = [];
	const entityCount = Math.max(10, Math.round(count / 10));
	for (let i = 0; i < entityCount; i++) {
		const kind = i % 10 === 9 ? 'event' : i % 4 === 3 ? 'place' : i % 4 === 2 ? 'term' : 'person';
		const name =
			kind === 'person'
				? `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${i}` : ''}`
				: kind === 'place'
					? `${pick(PLACES)} ${i}`
					: kind === 'event'
						? `${cap(pick(WORDS))} summit ${i}`
						: `${cap(pick(WORDS))} clause ${i}`;
		const id = `entity-${i + 1}`;
		entities.push({ id, name });
		const alias = kind === 'person' ? `\naliases: ["${name.split(' ').slice(1).join(' ')}"]` : '';
		const date = kind === 'event' ? `\ndate: 2025-08-${String(1 + (i % 28)).padStart(2, '0')}` : '';
		writeFileSync(
			join(dir, 'entities', `${id}.yaml`),
			`name: "${name}"\nkind: "${kind}"${alias}${date}\ndescription: 'A ${kind} in the generated explainers [@${pick(referenceIds)}].'\n`,
		);
	}

	// The wires as organisations, so that copies' origins resolve (unknown-origin); no draw from the seeded sequence.
	for (const wire of WIRES)
		writeFileSync(
			join(dir, 'entities', `${slug(wire)}.yaml`),
			`name: "${wire}"\nkind: "organisation"\ndescription: 'A news agency in the generated explainers [@${sourceIds[0]}].'\n`,
		);

	// A few bylines, taken in turn (no draw from the seeded sequence, so the rest of the site is as before).
	for (let a = 1; a <= AUTHORS; a++)
		writeFileSync(
			join(dir, 'authors', `author-${a}.yaml`),
			`name: "${FIRST[a % FIRST.length]} Writer"\nrole: "Correspondent"\nbio: 'Writes generated explainers [@${sourceIds[a]}].'\n`,
		);

	let totalWords = 0;
	let totalCitations = 0;
	// The current explainer's sources and quotes, by source, for its research notes.
	let cited = new Set<string>();
	let quotes = new Map<string, string[]>();
	const marker = () => {
		const n = rnd() < 0.6 ? 1 : rnd() < 0.7 ? 2 : 3;
		totalCitations += n;
		const items = Array.from({ length: n }, () => {
			const id = pick(sourceIds);
			cited.add(id);
			if (rnd() >= 0.5) return `@${id}`;
			const quote = words(5 + Math.floor(rnd() * 8));
			quotes.set(id, [...(quotes.get(id) ?? []), quote]);
			return `@${id}, "${quote}"`;
		});
		return `[${items.join('; ')}]`;
	};
	const sourceTable = (ids: ReadonlySet<string>) =>
		[
			'| id | Outlet | URL |',
			'|---|---|---|',
			...sourceIds.flatMap((id, i) =>
				ids.has(id) ? [`| ${id} | ${OUTLETS[i % OUTLETS.length]} | ${sourceUrl(id, i)} |`] : [],
			),
		].join('\n');
	const sentence = () => {
		const body = `${rnd() < 0.5 ? `${pick(entities).name} discussed` : cap(pick(WORDS))} ${words(18 + Math.floor(rnd() * 13))}`;
		totalWords += body.split(' ').length;
		return `${body} ${marker()}.`;
	};
	for (let n = 1; n <= count; n++) {
		cited = new Set(referenceIds);
		quotes = new Map();
		const sections = Array.from({ length: 4 + Math.floor(rnd() * 2) }, (_, s) => {
			const paragraphs = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () =>
				Array.from({ length: 3 + Math.floor(rnd() * 4) }, sentence).join(' '),
			);
			return `## Section ${s + 1}: ${words(3)}\n\n${paragraphs.join('\n\n')}`;
		});
		const day = String(1 + (n % 28)).padStart(2, '0');
		const month = String(1 + (n % 12)).padStart(2, '0');
		writeFileSync(
			join(dir, 'articles', `explainer-${n}.mdx`),
			// Long generated headlines get a `shortTitle`, as an author would (title-too-long).
			`---\ntitle: "Explainer ${n}: ${pick(entities).name} and the ${pick(WORDS)}"\nshortTitle: "Explainer ${n}"\ndescription: "Generated for benchmarks: ${words(12)}."\npublished: 2024-${month}-${day}\nauthor: author-${1 + (n % AUTHORS)}\nresearch: explainer-${n}.md\n---\n\n${sentence()}\n\n${sections.join('\n\n')}\n`,
		);
		writeFileSync(
			join(dir, 'research', `explainer-${n}.md`),
			`# Research notes: explainer ${n} (generated)\n\n${sourceTable(cited)}\n\n${[...quotes]
				.map(([id, said]) => `- ${id}: ${said.map((q) => `"${q}"`).join('; ')}`)
				.join('\n')}\n`,
		);
	}
	return {
		articles: count,
		sources: sourceIds.length,
		entities: entityCount,
		words: Math.round(totalWords / count),
		citations: Math.round(totalCitations / count),
	};
}

function slug(name: string): string {
	return name.toLowerCase().replace(/\W+/g, '-');
}

function sourceUrl(id: string, i: number): string {
	return `https://news.example/${slug(OUTLETS[i % OUTLETS.length]!)}/${id}`;
}

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
