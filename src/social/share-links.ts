/**
 * Plain share addresses for an explainer: each network's own "compose a
 * post with this link" URL, with nothing added (no tracking parameters, no
 * script, no request until the reader follows one), and e-mail.
 */
export interface ShareLink {
	name: string;
	href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(title);
	const both = encodeURIComponent(`${title} ${url}`);
	return [
		{ name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
		{ name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
		{ name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
		{ name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
		{ name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
		{ name: 'WhatsApp', href: `https://wa.me/?text=${both}` },
	];
}
