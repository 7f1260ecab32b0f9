import { describe, expect, it } from 'vitest';
import { completeLine } from '../../composables/completion';

describe('completeLine', () => {
  it('completes a single candidate and adds a space', () => {
    expect(completeLine('docker histo', ['history'])).toEqual({ line: 'docker history ', listing: [] });
  });

  it('extends several candidates to their common prefix, then lists them', () => {
    expect(completeLine('docker ima', ['images', 'image'])).toEqual({ line: 'docker image', listing: [] });
    expect(completeLine('docker image', ['images', 'image'])).toEqual({ line: 'docker image', listing: ['image', 'images'] });
  });

  it('accepts whole-line candidates and ignores ones that do not fit the word', () => {
    expect(completeLine('docker st', ['docker stop', 'docker start'])).toEqual({ line: 'docker st', listing: ['start', 'stop'] });
    expect(completeLine('docker stop w', ['web', 'nginx:latest'])).toEqual({ line: 'docker stop web ', listing: [] });
    expect(completeLine('docker zz', ['ps'])).toEqual({ line: 'docker zz', listing: [] });
  });
});
