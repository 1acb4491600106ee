/**
 * Values for Pagefind's `data-pagefind-filter` and `data-pagefind-meta`
 * attributes: `key:value` pairs separated by commas, so a comma inside a
 * value (an outlet such as "Reuters, via X") is escaped.
 */
export function pagefindPairs(pairs: readonly (readonly [key: string, value: string])[]): string {
	return pairs.map(([key, value]) => `${key}:${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`).join(', ');
}
