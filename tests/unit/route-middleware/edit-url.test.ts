import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editBranch } from '../../../src/content-loader/content-repo.ts';
import { editUrl } from '../../../src/route-middleware/edit-url.ts';

test('SITE_REPO_BRANCH wins over everything GitHub Actions sets', () => {
	assert.equal(editBranch({ SITE_REPO_BRANCH: 'notes', GITHUB_REF_NAME: 'main', GITHUB_HEAD_REF: 'feature' }), 'notes');
});

test('a pull request build edits on its source branch, not on "123/merge"', () => {
	assert.equal(editBranch({ GITHUB_HEAD_REF: 'fix-dates', GITHUB_REF_NAME: '123/merge', GITHUB_REF_TYPE: 'branch' }), 'fix-dates');
});

test('a push build edits on the pushed branch; a tag build and a local build on main', () => {
	assert.equal(editBranch({ GITHUB_REF_NAME: 'draft', GITHUB_REF_TYPE: 'branch' }), 'draft');
	assert.equal(editBranch({ GITHUB_REF_NAME: 'v1.0', GITHUB_REF_TYPE: 'tag' }), 'main');
	assert.equal(editBranch({}), 'main');
});

test('the edit URL opens GitHub\'s editor on the file, encoded', () => {
	assert.equal(
		editUrl('https://github.com/owner/thesis', 'main', 'content/meetings/Meeting 11-04.md')?.href,
		'https://github.com/owner/thesis/edit/main/content/meetings/Meeting%2011-04.md',
	);
});

test('no edit URL without a repository, a path, or with a non-web repository URL', () => {
	assert.equal(editUrl(undefined, 'main', 'content/index.md'), undefined);
	assert.equal(editUrl('https://github.com/owner/thesis', 'main', undefined), undefined);
	assert.equal(editUrl('git@github.com:owner/thesis.git', 'main', 'content/index.md'), undefined);
});
