/**
 * Runs a bench script in a child process of its own, so the figures it
 * prints (time, CPU, peak memory) are that one measurement's alone, and
 * reads the JSON it prints on its last line.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export function jsonFromChild<T>(script: string, args: readonly string[]): Promise<T> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [resolve(script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.on('data', (c) => (out += c));
		child.on('close', (code) =>
			code === 0
				? done(JSON.parse(out.trim().split('\n').at(-1)!) as T)
				: fail(new Error(`${script} ${args.join(' ')} failed (${code})`)),
		);
	});
}
