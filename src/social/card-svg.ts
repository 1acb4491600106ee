/**
 * An explainer's social card (Open Graph / Twitter `summary_large_image`),
 * 1200×630, as one SVG: the topics as a kicker, the headline, the
 * standfirst and the site's name, in the site's own colours and font
 * stacks (src/styles/site.css), so the build's sharp renders it with the
 * same fonts the pages use and nothing is fetched from anywhere. Pure:
 * text in, SVG out; lines are broken by an estimate of each font's width.
 */
import { escapeAttr } from '../text/html.ts';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardText {
	title: string;
	standfirst: string;
	topics: readonly string[];
	site: string;
}

const COLOURS = { bg: '#fffdf8', text: '#1d1d1f', muted: '#55555c', accent: '#8a1c1c', rule: '#d9d4c7' };
const SERIF = "Charter, 'Bitstream Charter', Cambria, Georgia, 'DejaVu Serif', serif";
const SANS = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const LEFT = 72;
const MEASURE = CARD.width - 2 * LEFT;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` cut to at most `units` UTF-16 code units, between two characters as a reader sees them: never
 * inside a surrogate pair (half an emoji is drawn as a replacement character) or an emoji sequence. A
 * character longer than that alone (a letter under a hundred accents) is cut between its code points.
 */
function cut(text: string, units: number): string {
	if (text.length <= units) return text;
	let end = 0;
	for (const { index, segment } of graphemes.segment(text)) {
		if (index + segment.length > units) break;
		end = index + segment.length;
	}
	return end > 0 ? text.slice(0, end) : cutCodePoints(text, units);
}

/** `text` cut to at most `units` UTF-16 code units, between two code points: never half a surrogate pair. */
function cutCodePoints(text: string, units: number): string {
	const end = units > 0 && /[\uD800-\uDBFF]/.test(text[units - 1] ?? '') ? units - 1 : units;
	return text.slice(0, end);
}

/**
 * Words into at most `max` lines of about `perLine` characters; the last
 * line ends with an ellipsis when the text does not fit. A word longer
 * than a line is cut to one, so however long an author's text, the card
 * carries only what it shows (librsvg lays out every character it is given).
 */
export function wrap(text: string, perLine: number, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	// Only one code point more than the lines can hold is looked at: enough to know the rest does not fit
	// (a whole character there could be longer than the lines, and be dropped, and the ellipsis with it).
	const words = cutCodePoints(text.replace(/\s+/g, ' ').trim(), max * (perLine + 1) + 1)
		.split(' ')
		.filter(Boolean)
		.map((word) => (word.length > perLine ? `${cut(word, perLine - 1)}…` : word));
	for (const [i, word] of words.entries()) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= perLine || !line) {
			line = next;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === max) {
			const last = lines.pop()!;
			const kept = last.length + 2 > perLine ? cut(last, perLine - 2).replace(/\s+\S*$/, '') : last;
			lines.push(`${kept} …`);
			return lines;
		}
		if (i === words.length - 1) break;
	}
	if (line) lines.push(line);
	return lines.slice(0, max);
}

/**
 * How many characters of a font at `size` px fit the card's measure, from an
 * average advance of `em` × size, set for the widest font the stacks fall
 * back to (DejaVu, on a bare Linux machine), so a line never runs off the card.
 */
const perLine = (size: number, em: number) => Math.floor(MEASURE / (size * em));

function block(lines: string[], y: number, lineHeight: number): string {
	return lines.map((l, i) => `<tspan x="${LEFT}" y="${y + i * lineHeight}">${escapeAttr(l)}</tspan>`).join('');
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line breaks, lone
 * surrogates, U+FFFE, U+FFFF): one would make the SVG unreadable to sharp and fail the build.
 */
const NOT_XML =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSafe = (text: string) => text.replace(NOT_XML, '');

export function cardSvg(text: CardText): string {
	const title = xmlSafe(text.title);
	const standfirst = xmlSafe(text.standfirst);
	const topics = text.topics.map(xmlSafe);
	const site = xmlSafe(text.site);
	const titleSize = title.length > 90 ? 50 : title.length > 60 ? 58 : 66;
	const titleLines = wrap(title, perLine(titleSize, 0.57), 3);
	const titleTop = 200;
	const titleLead = Math.round(titleSize * 1.16);
	const standTop = titleTop + titleLines.length * titleLead + 36;
	// Two lines of standfirst when they clear the rule above the site name, else one.
	const standLines = wrap(standfirst, perLine(30, 0.52), standTop + 42 <= 484 ? 2 : 1);
	const kicker = topics.length > 0 ? topics.join(' · ').toUpperCase() : '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">` +
		`<rect width="100%" height="100%" fill="${COLOURS.bg}"/>` +
		`<rect width="100%" height="14" fill="${COLOURS.accent}"/>` +
		(kicker
			? `<text x="${LEFT}" y="118" font-family="${SANS}" font-size="26" font-weight="700" letter-spacing="1.5" fill="${COLOURS.accent}">${escapeAttr(wrap(kicker, perLine(26, 0.66), 1)[0]!)}</text>`
			: '') +
		`<text font-family="${SERIF}" font-size="${titleSize}" font-weight="700" fill="${COLOURS.text}">${block(titleLines, titleTop, titleLead)}</text>` +
		`<text font-family="${SANS}" font-size="30" fill="${COLOURS.muted}">${block(standLines, standTop, 42)}</text>` +
		`<rect x="${LEFT}" y="${CARD.height - 104}" width="${MEASURE}" height="2" fill="${COLOURS.rule}"/>` +
		`<text x="${LEFT}" y="${CARD.height - 52}" font-family="${SANS}" font-size="30" font-weight="700" fill="${COLOURS.text}">${escapeAttr(site)}</text>` +
		`<text x="${CARD.width - LEFT}" y="${CARD.height - 52}" text-anchor="end" font-family="${SANS}" font-size="24" fill="${COLOURS.muted}">Every claim shows its source</text>` +
		`</svg>`
	);
}
