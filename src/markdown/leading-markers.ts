/**
 * One line's leading quote and list markers (`>`, `-`, `*`, `+`, `1.`, `1)`), nested, each with the
 * spaces after it: what the parse guard's counts before the parse take for the start of a container.
 * `flags` as RegExp takes them (`gm` to find every such line of a document).
 */
export const leadingMarkers = (flags = ''): RegExp =>
	new RegExp(String.raw`^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+`, flags);
