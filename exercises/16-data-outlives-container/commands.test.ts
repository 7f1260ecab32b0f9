import { check } from '../../grader/harness';
import type { Host } from '../../engine/types';
import { commandExercise, container, containerNames, pristineImageId, requireCommands } from '../support/commands';
import { missingWhy, notRunningWhy } from '../support/diagnosis';

// A named volume outlives the containers that mount it: `docker rm` (even with -v) removes only
// anonymous volumes (moby daemon/mounts.go removeMountPoints: "Do not remove named mountpoints").
// Writes under the mount point go to the volume, never to the writable layer, so `docker diff`
// does not list them (moby daemon/volume/local/local.go keeps them in the volume's _data).
const VOLUME = 'notes';
const NOTE = '/data/note.txt';
const RUN_APP = '`docker run -d --name app -v notes:/data alpine sleep 1000`';

/** Each container that was called app, as it was last seen before it was removed (or now). */
interface AppSeen {
  id: string;
  image: string;
  imageId: string;
  /** The note as this container read it, the last time it had one. */
  note?: string;
  /** The note showed in this container's own changes (docker diff) at some point. */
  noteInLayer: boolean;
}

const apps: AppSeen[] = [];

function look(host: Host): void {
  for (const c of host.snapshot().containers.filter((x) => x.name === 'app')) {
    let seen = apps.find((a) => a.id === c.id);
    if (!seen) {
      seen = { id: c.id, image: c.image, imageId: c.imageId, noteInLayer: false };
      apps.push(seen);
    }
    const note = host.readFile('app', NOTE);
    if (note !== undefined && note.trim() !== '') seen.note = note;
    if (c.changes.some((x) => x.path === NOTE)) seen.noteInLayer = true;
  }
}

const { run, test } = commandExercise(import.meta.url, { observe: look });

interface Mount {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
}

/** The container's mounts as `docker container inspect` shows them. */
function mountsOf(host: Host, name: string): Mount[] {
  const r = host.execute(`docker container inspect --format '{{json .Mounts}}' ${name}`);
  return r.exitCode === 0 ? (JSON.parse(r.stdout) as Mount[]) : [];
}

function started() {
  const r = run();
  requireCommands(r.ran);
  return r;
}

/** The first container called app: the one that writes the note. */
function firstApp(): AppSeen {
  started();
  const first = apps[0];
  check(first, `no container was ever called app (containers now: ${containerNames(run().host)}): start one with ${RUN_APP}`);
  return first;
}

test('the named volume notes exists', () => {
  const { host } = started();
  const r = host.execute(`docker volume inspect ${VOLUME}`);
  check(
    r.exitCode === 0,
    'no volume named notes on the host: `docker volume create notes` makes it (so does the first `-v notes:/data`); ' +
      'removing containers never removes a named volume, but `docker volume rm notes` does',
  );
});

test('the first app wrote /data/note.txt into the volume, not into its writable layer', () => {
  const first = firstApp();
  check(
    !first.noteInLayer,
    "the first app's /data/note.txt was in its own writable layer (`docker diff app` listed it): " +
      'with no volume at /data, the file goes with the container; start it with `-v notes:/data`',
  );
  check(
    first.note !== undefined,
    'the first app never had /data/note.txt: write it inside that container (`docker exec app sh -c "echo … > /data/note.txt"`) before you replace it',
  );
});

test('the first app is gone: it was removed, not kept', () => {
  const first = firstApp();
  const { host } = run();
  const still = host.snapshot().containers.find((c) => c.id === first.id);
  check(
    !still,
    still?.name === 'app'
      ? 'app is still the container that wrote the note (same ID): replacing it means `docker rm -f app`, then a new `docker run … --name app`'
      : `the container that wrote the note still exists, now called ${still?.name}: remove it (\`docker rm -f ${still?.name}\`)`,
  );
});

test('a new app runs from the same alpine image, with notes mounted at /data', () => {
  const first = firstApp();
  const { host } = run();
  const app = container(host, 'app');
  check(app, missingWhy(run(), 'app', `after removing the first one, start a new one: ${RUN_APP}`));
  check(app.id !== first.id, 'app is still the container that wrote the note: remove it and start a new one');
  check(
    app.imageId === first.imageId,
    `the new app runs ${app.image}, the first ran ${first.image}: start the replacement from the same image; ` +
      'the note must reach it through the volume, not inside an image (a commit of the first app?)',
  );
  check(app.imageId === pristineImageId('alpine'), `both apps run ${app.image}, not alpine as pulled: start them from alpine`);
  check(app.state === 'running', notRunningWhy(run(), app));
  const mounts = mountsOf(host, 'app');
  const data = mounts.find((m) => m.Destination === '/data');
  check(data, 'the new app has nothing mounted at /data: start it with `-v notes:/data`');
  check(
    data.Type === 'volume' && data.Name === VOLUME,
    data.Type === 'volume'
      ? `the new app has the volume ${data.Name} at /data, not notes: mount the same volume as the first (\`-v notes:/data\`)`
      : `the new app's /data is a ${data.Type} mount of ${data.Source}, not the volume notes: \`-v notes:/data\``,
  );
});

test('the new app reads the same note through the volume; docker diff app does not list it', () => {
  const first = firstApp();
  const { host } = run();
  const app = container(host, 'app');
  check(app && app.id !== first.id, 'no new container called app (see the check above)');
  check(first.note !== undefined, 'the first app never wrote /data/note.txt, so there is nothing to find (see the checks above)');
  const note = host.readFile('app', NOTE);
  check(note !== undefined, 'the new app has no /data/note.txt: mount the volume the first app wrote it to (`-v notes:/data`)');
  check(
    note === first.note,
    `the new app reads ${JSON.stringify(note.trim())} but the first app wrote ${JSON.stringify(first.note.trim())}: ` +
      'leave the note as the first container wrote it',
  );
  check(
    !app.changes.some((c) => c.path === NOTE),
    'the new app has /data/note.txt in its own writable layer (`docker diff app` lists it): the note should come only from the volume',
  );
});
