/**
 * A scorer for response headers following the Mozilla HTTP Observatory's
 * published rules (2024 methodology): start at 100, apply each test's
 * modifier, add bonuses only when the score before them is at least 90.
 * What cannot be judged from headers alone (the HTTP→HTTPS redirect, the
 * HSTS preload list, cookies) is scored as a static site on a host with
 * TLS would be: no cookies, redirect in place, not on the preload list.
 * @see https://github.com/mozilla/http-observatory/blob/main/httpobs/docs/scoring.md
 */
import { parse } from 'node-html-parser';

export interface Scored {
	score: number;
	grade: string;
	tests: Record<string, { result: string; modifier: number }>;
}

type Headers = Map<string, string>;

/** A policy's directives, each with its sources. */
function parsePolicy(value: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The page's `<meta http-equiv>` policy, if any. */
function metaPolicy(html: string): string | undefined {
	const meta = parse(html)
		.querySelectorAll('meta')
		.find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
	return meta?.getAttribute('content');
}

/**
 * As the Observatory does, a policy sent as a header and one in the page's
 * `<meta>` are read as one: each directive the union of its sources in both.
 */
function csp(headers: Headers, html: string): { result: string; modifier: number } {
	const policies = [headers.get('content-security-policy'), metaPolicy(html)].filter(
		(p): p is string => p !== undefined,
	);
	if (policies.length === 0) return { result: 'csp-not-implemented', modifier: -25 };
	const directives = new Map<string, string[]>();
	for (const policy of policies)
		for (const [name, sources] of parsePolicy(policy))
			directives.set(name, [...new Set([...(directives.get(name) ?? []), ...sources])]);
	const effective = (name: string) => directives.get(name) ?? directives.get('default-src') ?? [];
	const script = effective('script-src');
	const style = effective('style-src');
	const unsafe = (list: string[], token: string) => list.includes(token);
	const insecure = (list: string[]) =>
		list.some((s) => s === 'http:' || s.startsWith('http://') || s === '*' || (s === 'data:' && list === script));
	if (unsafe(script, "'unsafe-inline'") && !script.some((s) => s.startsWith("'sha") || s.startsWith("'nonce-")))
		return { result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
	if (insecure(script) || insecure(effective('object-src')))
		return { result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
	if (unsafe(script, "'unsafe-eval'")) return { result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
	if (unsafe(style, "'unsafe-inline'"))
		return { result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
	if (directives.get('default-src')?.join(' ') === "'none'")
		return { result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
	return { result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

function hsts(headers: Headers): { result: string; modifier: number } {
	const value = headers.get('strict-transport-security');
	if (!value) return { result: 'hsts-not-implemented', modifier: -20 };
	const maxAge = Number(/max-age=(\d+)/i.exec(value)?.[1] ?? NaN);
	if (Number.isNaN(maxAge)) return { result: 'hsts-header-invalid', modifier: -20 };
	if (maxAge < 15768000) return { result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
	return { result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 };
}

function frames(headers: Headers): { result: string; modifier: number } {
	const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]+)/i
		.exec(headers.get('content-security-policy') ?? '')?.[1]
		?.trim();
	if (ancestors === "'none'" || ancestors === "'self'")
		return { result: 'x-frame-options-implemented-via-csp', modifier: 5 };
	const xfo = headers.get('x-frame-options')?.toUpperCase();
	if (xfo === 'DENY' || xfo === 'SAMEORIGIN') return { result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
	return { result: 'x-frame-options-not-implemented', modifier: -20 };
}

function referrer(headers: Headers): { result: string; modifier: number } {
	const value = headers.get('referrer-policy')?.toLowerCase().split(',').at(-1)?.trim();
	if (!value) return { result: 'referrer-policy-not-implemented', modifier: 0 };
	if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(value))
		return { result: 'referrer-policy-private', modifier: 5 };
	if (value === 'no-referrer-when-downgrade')
		return { result: 'referrer-policy-no-referrer-when-downgrade', modifier: 0 };
	return { result: 'referrer-policy-unsafe', modifier: -5 };
}

function nosniff(headers: Headers): { result: string; modifier: number } {
	return headers.get('x-content-type-options')?.toLowerCase() === 'nosniff'
		? { result: 'x-content-type-options-nosniff', modifier: 0 }
		: { result: 'x-content-type-options-not-implemented', modifier: -5 };
}

/** Scripts: all same-origin (no SRI needed) or some from elsewhere without it. */
function sri(html: string): { result: string; modifier: number } {
	const external = [...html.matchAll(/<script[^>]*\ssrc=["']?(?:https?:)?\/\/[^>]*>/gi)];
	if (external.length === 0)
		return { result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 };
	return external.every((m) => /\sintegrity=/i.test(m[0]))
		? { result: 'sri-implemented-and-external-scripts-loaded-securely', modifier: 5 }
		: { result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 };
}

const GRADES: [number, string][] = [
	[100, 'A+'],
	[90, 'A'],
	[85, 'A-'],
	[80, 'B+'],
	[70, 'B'],
	[65, 'B-'],
	[60, 'C+'],
	[50, 'C'],
	[45, 'C-'],
	[40, 'D+'],
	[30, 'D'],
	[25, 'D-'],
	[0, 'F'],
];

/** Score the headers of one HTML response (names in any case). */
export function score(raw: Record<string, string> | Map<string, string>, html: string): Scored {
	const headers: Headers = new Map(
		[...(raw instanceof Map ? raw : Object.entries(raw))].map(([k, v]) => [k.toLowerCase(), v]),
	);
	const tests = {
		'content-security-policy': csp(headers, html),
		'strict-transport-security': hsts(headers),
		'x-frame-options': frames(headers),
		'referrer-policy': referrer(headers),
		'x-content-type-options': nosniff(headers),
		'subresource-integrity': sri(html),
		cookies: { result: 'cookies-not-found', modifier: 0 },
		redirection: { result: 'redirection-to-https (host)', modifier: 0 },
	};
	const penalties = Object.values(tests).reduce((n, t) => n + Math.min(0, t.modifier), 0);
	const bonuses = Object.values(tests).reduce((n, t) => n + Math.max(0, t.modifier), 0);
	const base = 100 + penalties;
	const total = Math.max(0, base >= 90 ? base + bonuses : base);
	return { score: total, grade: GRADES.find(([min]) => total >= min)![1], tests };
}
