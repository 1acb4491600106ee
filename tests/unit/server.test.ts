/**
 * The site's server (npm start, the tests, the benchmark, astro dev's
 * index) against hostile and careless requests: it must survive any URL,
 * serve nothing outside the built folder, and answer as a static host.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type RunningServer } from '../../src/server/static-server.ts';

let server: RunningServer;
beforeAll(async () => {
	const root = mkdtempSync(join(tmpdir(), 'serve-'));
	const dist = join(root, 'dist');
	for (const dir of ['dist/sources', 'dist/search', 'dist/_astro', 'dist-old'])
		mkdirSync(join(root, dir), { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title>' + 'x'.repeat(2000));
	writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
	writeFileSync(join(dist, 'sources/index.html'), '<!doctype html><title>Sources</title>');
	writeFileSync(join(dist, 'search/index.html'), '<!doctype html><title>Search</title>');
	writeFileSync(join(dist, '_astro/app.abc123.js'), 'console.log(1)');
	writeFileSync(join(dist, '.env'), 'SECRET=1');
	writeFileSync(
		join(dist, '_headers'),
		"/*\n  X-Test: all\n  Content-Security-Policy: default-src 'none'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n",
	);
	writeFileSync(join(root, 'dist-old/secret.txt'), 'the secret');
	server = await serveSite(dist);
});
afterAll(() => server.close());

/** A raw request: the path is sent exactly as given, as a hostile client would. */
function get(
	path: string,
	method = 'GET',
	headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	const { port } = new URL(server.url);
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('the static server', () => {
	it('survives malformed escapes and answers every one of them', async () => {
		for (const path of [
			'/%',
			'/%ZZ',
			'/sources%',
			'/%E0%A4%A',
			'/%00',
			'/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
			'/' + 'a/'.repeat(2000),
		]) {
			const res = await get(path);
			expect([200, 301, 400, 404], path).toContain(res.status);
		}
		expect((await get('/')).status).toBe(200);
	});

	it('serves nothing outside the built folder, nor its hidden files', async () => {
		for (const path of [
			'/..%2fdist-old%2fsecret.txt',
			'/../dist-old/secret.txt',
			'/%2e%2e/dist-old/secret.txt',
			'/..\\dist-old\\secret.txt',
			'/.env',
			'/_headers',
			'/%5fheaders',
			'/%5F%68eaders',
			'/_headers/',
			'//_headers',
			'/sources/../_headers',
			'/_HEADERS',
			'/%2eenv',
			'/.env/',
		]) {
			const res = await get(path);
			expect(res.status, path).toBe(404);
			expect(res.body).not.toContain('the secret');
		}
	});

	it('answers only GET and HEAD', async () => {
		for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
			const res = await get('/', method);
			expect(res.status, method).toBe(405);
			expect(res.headers.allow).toBe('GET, HEAD');
		}
		const head = await get('/', 'HEAD');
		expect([head.status, head.body]).toEqual([200, '']);
	});

	it('adds the trailing slash and keeps the query', async () => {
		const res = await get('/search?q=Putin');
		expect([res.status, res.headers.location]).toEqual([301, '/search/?q=Putin']);
		expect((await get('//sources')).headers.location).toBe('/sources/');
	});

	it('serves the site’s 404 page with status 404', async () => {
		const res = await get('/no-such-page/');
		expect(res.status).toBe(404);
		expect(res.body).toContain('Not found');
	});

	it('sends the headers of the build’s _headers file, by path', async () => {
		const home = await get('/');
		expect(home.headers['x-test']).toBe('all');
		expect(home.headers['content-security-policy']).toBe("default-src 'none'");
		expect(home.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
		expect((await get('/_astro/app.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await get('/missing')).headers['content-security-policy']).toBe("default-src 'none'");
	});

	it('answers one byte range as RFC 9110 asks: a-b, a- and the last n bytes', async () => {
		const whole = (await get('/')).body;
		const size = Buffer.byteLength(whole);
		for (const [range, start, end] of [
			['bytes=0-9', 0, 9],
			['bytes=0-0', 0, 0],
			[`bytes=${size - 5}-`, size - 5, size - 1],
			['bytes=-10', size - 10, size - 1],
			['bytes=10-99999', 10, size - 1],
			['bytes=-99999', 0, size - 1],
		] as const) {
			const res = await get('/', 'GET', { range, 'accept-encoding': 'gzip' });
			expect([res.status, res.headers['content-range'], res.body], range).toEqual([
				206,
				`bytes ${start}-${end}/${size}`,
				whole.slice(start, end + 1),
			]);
			expect(res.headers['content-encoding'], range).toBeUndefined();
			expect(res.headers['x-test'], range).toBe('all');
		}
	});

	it('answers a range past the end with 416 and the size', async () => {
		const size = Buffer.byteLength((await get('/')).body);
		for (const range of [`bytes=${size}-`, `bytes=${size + 10}-${size + 20}`]) {
			const res = await get('/', 'GET', { range });
			expect([res.status, res.headers['content-range'], res.body], range).toEqual([416, `bytes */${size}`, '']);
		}
	});

	it('ignores a malformed range, several ranges, another unit, If-Range and a HEAD, and sends the whole file', async () => {
		const whole = (await get('/')).body;
		for (const headers of [
			{ range: 'bytes=9-2' },
			{ range: 'bytes=abc' },
			{ range: 'bytes=' },
			{ range: 'bytes=1-2,8-9' },
			{ range: 'items=0-1' },
			{ range: 'bytes=0-9', 'if-range': '"x"' },
		]) {
			const res = await get('/', 'GET', headers);
			expect([res.status, res.headers['content-range'], res.body.length], JSON.stringify(headers)).toEqual([
				200,
				undefined,
				whole.length,
			]);
		}
		const head = await get('/', 'HEAD', { range: 'bytes=0-9' });
		expect([head.status, head.headers['content-length']]).toEqual([200, String(whole.length)]);
	});

	it('compresses text when the client accepts gzip', async () => {
		const res = await get('/', 'GET', { 'accept-encoding': 'gzip' });
		expect(res.headers['content-encoding']).toBe('gzip');
	});
});

describe('the static server and symbolic links in the built folder', () => {
	let linked: RunningServer;
	const warnings: string[] = [];
	beforeAll(async () => {
		const root = mkdtempSync(join(tmpdir(), 'serve-links-'));
		const dist = join(root, 'dist');
		mkdirSync(join(root, 'outside'), { recursive: true });
		mkdirSync(join(dist, 'page'), { recursive: true });
		writeFileSync(join(root, 'outside/secret.txt'), 'the secret');
		writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
		writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
		writeFileSync(join(dist, 'page/index.html'), '<!doctype html><title>Page</title>');
		symlinkSync(join(root, 'outside/secret.txt'), join(dist, 'leak.txt'));
		symlinkSync('/etc/passwd', join(dist, 'passwd.txt'));
		symlinkSync(join(root, 'outside'), join(dist, 'outdir'));
		symlinkSync(join(root, 'nowhere.txt'), join(dist, 'dangling.txt'));
		symlinkSync('page/index.html', join(dist, 'alias.html'));
		// Start-up used to throw from sirv's folder walk on the dangling link.
		linked = await serveSite(dist, { warn: (m) => warnings.push(m) });
	});
	afterAll(() => linked.close());
	const at = (path: string) =>
		fetch(new URL(path, linked.url)).then(async (r) => ({ status: r.status, body: await r.text() }));

	it('never serves a file a link leads to outside the folder', async () => {
		for (const path of ['/leak.txt', '/passwd.txt', '/outdir/secret.txt', '/outdir/', '/dangling.txt', '/%6ceak.txt']) {
			const res = await at(path);
			expect(res.status, path).toBe(404);
			expect(res.body).not.toMatch(/the secret|root:/);
		}
	});

	it('still serves the site, and a link that stays inside it', async () => {
		expect((await at('/')).status).toBe(200);
		expect((await at('/page/')).body).toContain('Page');
		expect((await at('/alias.html')).body).toContain('Page');
	});

	it('names every link it will not serve at start-up', () => {
		expect(
			warnings.map((w) => w.replace(/^.*\/dist\//, 'dist/').replace(/`[^`]*\/(outside|nowhere)/, '`…/$1')),
		).toEqual([
			'dist/dangling.txt: not served: a symbolic link to `…/nowhere.txt`, which does not exist',
			'dist/leak.txt: not served: a symbolic link to `…/outside/secret.txt`, outside the built folder',
			'dist/outdir: not served: a symbolic link to `…/outside`, outside the built folder',
			'dist/passwd.txt: not served: a symbolic link to `/etc/passwd`, outside the built folder',
		]);
	});
});
