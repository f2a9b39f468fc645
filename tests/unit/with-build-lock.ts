/**
 * One `astro build` at a time across test files. `node --test` runs files in parallel processes,
 * and every build of this project, whatever its CONTENT_DIR, SITE_OUT_DIR and SITE_CACHE_DIR,
 * writes the content modules it bundles into the project's own `.astro/` folder
 * (`content-assets.mjs`, `content-modules.mjs`): two at once could bundle each other's content.
 * The lock is a folder (mkdir is atomic) holding the owner's pid, so a lock left by a killed run
 * is taken over instead of waited on forever.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `work` while holding the lock folder `lockDir`, waiting for it first.
 * @param lockDir e.g. `node_modules/.astro-build.lock`
 */
export function withBuildLock<T>(lockDir: string, work: () => T): T {
	while (!tryTake(lockDir)) Atomics.wait(pause, 0, 0, 100);
	try {
		return work();
	} finally {
		rmSync(lockDir, { recursive: true, force: true });
	}
}

function tryTake(lockDir: string): boolean {
	try {
		mkdirSync(lockDir);
		writeFileSync(join(lockDir, 'pid'), String(process.pid));
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		if (ownerGone(lockDir)) rmSync(lockDir, { recursive: true, force: true });
		return false;
	}
}

/** True when the pid in the lock is no running process; false while it is, or is still being written. */
function ownerGone(lockDir: string): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
	} catch {
		return false;
	}
	if (!pid) return false;
	try {
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}
