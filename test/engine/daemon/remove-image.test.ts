// daemon/remove-image.ts: rmi's refusals are typed errors carrying the IDs; the CLI words them.
import { plainRequest } from '../../../engine/daemon/create-container';
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../engine/daemon/daemon';
import { ImageInUse, ImageTagInUse, NoSuchImage } from '../../../engine/errors/daemon-errors';
import { daemonText } from '../../../engine/errors/daemon-words';
import { parseReference } from '../../../engine/model/reference';

function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('Daemon.deleteImage', () => {
  it('refuses with data: the image, the container, whether it runs', () => {
    const daemon = new Daemon(1, () => Date.UTC(2026, 10, 27));
    const { image } = daemon.pull(parseReference('hello-world'));
    const c = daemon.createContainer(plainRequest(image, 'hello-world'));
    const byTag = refusal(() => daemon.deleteImage('hello-world', { force: false, prune: true }));
    expect(byTag).toBeInstanceOf(ImageTagInUse);
    expect(byTag).toMatchObject({ reference: 'hello-world:latest', containerId: c.id, imageId: image.id });
    const byId = refusal(() => daemon.deleteImage(image.id, { force: false, prune: true }));
    expect(byId).toBeInstanceOf(ImageInUse);
    expect(byId).toMatchObject({ imageId: image.id, containerId: c.id, running: false });
    expect(daemonText(byId as ImageInUse)).toBe(
      `Error response from daemon: conflict: unable to delete ${image.id.slice(7, 19)} (must be forced) - image is being used by stopped container ${c.id.slice(0, 12)}`,
    );
    expect(refusal(() => daemon.getImage('nope'))).toMatchObject({ imageName: 'nope:latest' });
    expect(refusal(() => daemon.getImage('nope'))).toBeInstanceOf(NoSuchImage);
  });

  it('reports what went, in order, and forgets the image', () => {
    const daemon = new Daemon(1, () => Date.UTC(2026, 10, 27));
    const { image } = daemon.pull(parseReference('hello-world'));
    expect(daemon.deleteImage('hello-world', { force: false, prune: true })).toEqual([
      { untagged: 'hello-world:latest' },
      { deleted: image.id },
    ]);
    expect(daemon.images.has(image.id)).toBe(false);
  });
});
