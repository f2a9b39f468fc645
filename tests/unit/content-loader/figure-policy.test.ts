import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFigurePolicy, figurePolicy } from '../../../src/content-loader/figure-policy.ts';
import { readSiteEnv } from '../../../src/config/site-env.ts';

const check = {
	errors: ['README.md:3: figure reference "x.csv#figure=nope": no figure "nope": ...'],
	differs: ['README.md:6: the note says 11.5, x.csv gives 12.1 (wakeupsPerMinute)'],
	unwritten: ['README.md:9: write the number as the link text, so GitHub readers see it (npm run figures -- --update writes it)'],
};

test('unset FIGURES fails the build over numbers the data does not give; FIGURES=warn only warns, with the same lines', () => {
	assert.equal(figurePolicy(undefined), 'fail');
	assert.deepEqual(applyFigurePolicy(check, 'fail'), { errors: [...check.errors, ...check.differs], warnings: check.unwritten });
	assert.deepEqual(applyFigurePolicy(check, figurePolicy('warn')), { errors: check.errors, warnings: [...check.differs, ...check.unwritten] });
	assert.equal(readSiteEnv({ FIGURES: 'WARN' }).figures, 'warn');
	assert.equal(readSiteEnv({}).figures, 'fail');
});

test('any other FIGURES value stops the build, naming both values it takes', () => {
	assert.throws(() => readSiteEnv({ FIGURES: 'ignore' }), /FIGURES must be "fail" .* or "warn" .*, not "ignore"/);
});
