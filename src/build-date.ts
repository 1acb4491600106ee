/**
 * Today as the build sees it, `YYYY-MM-DD` in UTC: what future dates and
 * embargoes are judged against. `EXPLAINER_TODAY` fixes it, for tests and
 * for rebuilding the site as of a given day.
 */
export function buildDate(): string {
	return process.env.EXPLAINER_TODAY ?? new Date().toISOString().slice(0, 10);
}
