/**
 * The order test files start in. Vitest runs the files it has timed before
 * longest first, and files it has not (every file, on a fresh clone) largest
 * first, which put the small but slow browser suites last and made them the
 * run's tail. Untimed, browser suites go first: they are the long ones.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class BrowserSuitesFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		if (files.every((file) => this.ctx.cache.getTestSpecificationResult(file))) return sorted;
		const browser = (file: TestSpecification) => (/[\\/]tests[\\/]browser[\\/]/.test(file.moduleId) ? 0 : 1);
		return sorted.sort((a, b) => browser(a) - browser(b));
	}
}
