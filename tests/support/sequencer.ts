/**
 * The order test files start in. The unit suites go first: they need no
 * build, and run while the global setup's queue builds the sites every
 * `site` suite waits for (a `site` suite started first would hold a worker
 * doing nothing meanwhile). Then Vitest's order: files it has timed before
 * longest first, and files it has not (every file, on a fresh clone)
 * largest first, which put the small but slow browser suites last and
 * made them the run's tail; untimed, browser suites go first. The dev
 * server's suite goes last: it waits until no build is left in the queue
 * (it takes a turn there), so started early it would hold a worker idle,
 * while last it runs beside the final browser suites.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class UnitSuitesFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const timed = files.every((file) => this.ctx.cache.getTestSpecificationResult(file));
		const browser = (file: TestSpecification) => /[\\/]tests[\\/]browser[\\/]/.test(file.moduleId);
		const dev = (file: TestSpecification) => /[\\/]tests[\\/]dev[\\/]/.test(file.moduleId);
		const rank = (file: TestSpecification) =>
			file.project.name === 'unit' ? 0 : dev(file) ? 3 : !timed && browser(file) ? 1 : 2;
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}
