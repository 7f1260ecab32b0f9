// distribution/reference: a repository path over 255 characters is ErrNameTooLong, before any pull.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('reference name length', () => {
  it('refuses library/<name> longer than 255 characters without pulling', () => {
    const { run } = testHost();
    expect(run(`docker pull ${'a'.repeat(248)}`)).toEqual({
      stdout: '',
      stderr: 'repository name must not be more than 255 characters\n',
      exitCode: 1,
    });
    expect(run(`docker pull ${'a'.repeat(247)}`).stderr).toContain('pull access denied');
  });
});
