/**
 * The Content-Security-Policy, built from what the build actually emits:
 * every inline `<script>` and `<style>` is hashed, nothing else inline
 * may run, and nothing loads from another origin. Pagefind needs
 * `'wasm-unsafe-eval'` (its search runs in WebAssembly); nothing needs
 * `'unsafe-inline'`.
 */
import { createHash } from 'node:crypto';

/** Inline code in a page, as the browser hashes it (the exact text between the tags). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
		const attrs = m[1] ?? '';
		if (/\ssrc\s*=/i.test(attrs)) continue;
		// Data blocks (JSON-LD) are never executed, so CSP does not apply to them.
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
		if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
		scripts.push(m[2]!);
	}
	for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) styles.push(m[1]!);
	return { scripts, styles };
}

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyInput {
	scriptHashes: Iterable<string>;
	styleHashes: Iterable<string>;
	/** Header-only directives (`frame-ancestors`): a `<meta>` policy must not carry them. */
	header: boolean;
}

/** The policy text. */
export function policy({ scriptHashes, styleHashes, header }: PolicyInput): string {
	const directives = [
		"default-src 'none'",
		`script-src 'self' 'wasm-unsafe-eval'${[...new Set(scriptHashes)].sort().map((h) => ` ${h}`).join('')}`,
		`style-src 'self'${[...new Set(styleHashes)].sort().map((h) => ` ${h}`).join('')}`,
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"object-src 'none'",
	];
	if (header) directives.push("frame-ancestors 'none'");
	return directives.join('; ');
}

/** Put a `<meta http-equiv>` policy first in `<head>`, before anything it governs. */
export function withMetaPolicy(html: string, content: string): string {
	const tag = `<meta http-equiv="content-security-policy" content="${content.replace(/"/g, '&quot;')}">`;
	// A page kept from the last build (Astro's incremental build) already has one: it is replaced, not doubled.
	const existing = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
	if (existing.test(html)) return html.replace(existing, () => tag);
	return html.replace(/<head(\s[^>]*)?>/i, (open) => `${open}${tag}`);
}
