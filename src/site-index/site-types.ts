/**
 * The shapes of the site index (`site.ts` builds it): in a file of their
 * own, so the modules that read the index (cache keys, related explainers,
 * the research check) depend on its types, not on the module that builds it.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { ArticleClaims, Claim, Passage } from '../claims/model.ts';
import type { Byline } from '../editorial/bylines.ts';
import type { ArticleData } from '../schema/article.ts';
import type { Author } from '../schema/author.ts';
import type { Entity } from '../schema/entity.ts';
import type { Source } from '../schema/source.ts';
import type { Mention, MentionMatcher } from './mentions.ts';

/** An explainer: its entry, its compiled body, and what the content layer recorded of its claims. */
export interface Explainer {
	id: string;
	path: string;
	/** The file, as shown in messages. */
	file: string;
	data: ArticleData;
	/** The content layer's digest of the file and its record's inputs (for incremental builds: `cache-keys.ts`). */
	digest: string;
	/**
	 * The body, compiled by @astrojs/mdx (render it with the article components), and its
	 * claims in full, from the record the content layer keeps (`readClaims`). Asked of Astro
	 * as the page renders, so Astro's incremental build knows the page shows it.
	 */
	render: () => Promise<{ Content: AstroComponentFactory; claims: ArticleClaims }>;
	/** Source ids in page order (`ArticleClaims.sourceOrder`). */
	sourceOrder: string[];
	/** The sources of its `<ClaimReview>` blocks, which its page names too. */
	reviewSources: string[];
	/** A digest of its whole claims record (for its page's `cacheKey`). */
	claimsDigest: string;
	/** It has a claim ledger, so an edition history (`/<slug>/history/`). */
	hasHistory: boolean;
}

/** A claim a source supports: its id and text, which is all a source's page shows. */
export interface SourceUse {
	explainer: Explainer;
	claim: Pick<Claim, 'id' | 'text'>;
	quote?: string;
}

/** A paragraph that names an entity, with where the names are. */
export interface EntityMention {
	explainer: Explainer;
	passage: Pick<Passage, 'id' | 'section' | 'text'>;
	mentions: Mention[];
}

export interface Site {
	explainers: Explainer[];
	/** The same, by id: pages look their explainer up here, not by searching the list. */
	explainerById: Map<string, Explainer>;
	sources: Map<string, Source>;
	/** Sorted for the A–Z index. */
	entities: Entity[];
	entityById: Map<string, Entity>;
	matcher: MentionMatcher;
	/** Per source id: the claims it supports, in explainer order. */
	uses: Map<string, SourceUse[]>;
	/** Per entity id: the paragraphs that mention it. */
	mentions: Map<string, EntityMention[]>;
	/** An entity's description as HTML, with its markers and notes. */
	description: (entity: Entity) => string;
	/** The `authors` collection, by id (checked as the content layer loads, so every byline names one). */
	authors: Map<string, Author>;
	/** Every author, by name, with their listed explainers, newest first. */
	bylines: Byline<Explainer>[];
}
