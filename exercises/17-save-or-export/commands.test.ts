import { createHash } from 'node:crypto';
import { check } from '../../grader/harness';
import type { Host, ImageView } from '../../engine/types';
import { readTar, type TarItem } from '../../engine/model/tar-read';
import { commandExercise, image, requireCommands } from '../support/commands';

// The host starts with mysite:1.0, built from ~/app's Dockerfile (README step 0; support/setups.ts).
// A build can never be repeated into the same ID (its provenance attestation is new each time),
// and no registry has mysite, so after `docker rmi` only `docker load` can bring that ID back.
//
// What Docker does, and so what the checks expect:
// - `docker save` writes an OCI image layout whose index.json names the image by the digest of
//   its target (its ID in the containerd store) with its tag as an annotation, and `docker load`
//   restores the image and that tag (moby daemon/containerd/image_exporter.go ExportImage and
//   LoadImage; docker/cli cli/command/image/save.go, load.go).
// - `docker export` writes the container's merged files as one plain tar (moby daemon/export.go),
//   and `docker import` of a local file makes a one-layer image whose only history entry says
//   "Imported from -" and whose config is empty: no Cmd, no Entrypoint (docker/cli
//   cli/command/image/import.go sends the file as source "-"; moby
//   daemon/server/router/image/image_routes.go: comment "Imported from " + src;
//   daemon/containerd/image_import.go builds the config from an empty container.Config).
const SAVED = 'mysite.tar';
const EXPORTED = 'site.tar';
const ANSWER = 'answer.txt';
const HTML = 'usr/share/nginx/html';

/** What the host held after the set-up, and whether the original image left after it was saved. */
const seen = { original: undefined as ImageView | undefined, goneAfterSave: false };

function look(host: Host): void {
  const images = host.snapshot().images;
  if (!seen.original) {
    seen.original = images.find((i) => i.repoTags.includes('mysite:1.0'));
    return;
  }
  const present = images.some((i) => i.id === seen.original!.id);
  if (!present && host.hostFileBytes(SAVED) !== undefined) seen.goneAfterSave = true;
}

const { run, test } = commandExercise(import.meta.url, { observe: look });

function started(): { host: Host; original: ImageView } {
  const { host, ran } = run();
  requireCommands(ran);
  const original = seen.original;
  if (!original) throw new Error('the set-up did not build mysite:1.0');
  return { host, original };
}

/** The entries of a tar on the host disk by name (`./` dropped), or undefined if it is not a tar. */
function tarFiles(bytes: Uint8Array): Map<string, TarItem> | undefined {
  try {
    return new Map(readTar(bytes).map((item) => [item.name.replace(/^\.\//, '').replace(/\/$/, ''), item]));
  } catch {
    return undefined;
  }
}

const decode = (bytes: Uint8Array | undefined): string | undefined => (bytes ? new TextDecoder().decode(bytes) : undefined);
const text = (item: TarItem | undefined): string | undefined => decode(item?.data);
const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

test('mysite.tar on the host disk is the docker save archive of mysite:1.0', () => {
  const { host, original } = started();
  const bytes = host.hostFileBytes(SAVED);
  check(bytes, 'no mysite.tar in ~/app: `docker save -o mysite.tar mysite:1.0` writes it');
  const files = tarFiles(bytes);
  check(files, 'mysite.tar is not a tar archive: write it with `docker save -o mysite.tar mysite:1.0`');
  const index = text(files.get('index.json'));
  check(
    index !== undefined && files.has('oci-layout'),
    files.has(`${HTML}/index.html`)
      ? "mysite.tar holds a container's files (usr/, etc/, …), not an image: that is what `docker export` writes; `docker save -o mysite.tar mysite:1.0`"
      : 'mysite.tar is not an image archive (no index.json, no oci-layout): `docker save -o mysite.tar mysite:1.0`',
  );
  const manifests = (JSON.parse(index) as { manifests?: { digest: string; annotations?: Record<string, string> }[] }).manifests ?? [];
  const entry = manifests.find((m) => m.digest === original.id);
  check(
    entry,
    `mysite.tar holds ${manifests.map((m) => short(m.digest)).join(', ') || 'no image'}, not mysite:1.0 (${short(original.id)}): ` +
      'save the image the host started with',
  );
  check(
    entry.annotations?.['io.containerd.image.name'] === 'docker.io/library/mysite:1.0',
    'mysite.tar holds the image without its name: save it by name (`docker save -o mysite.tar mysite:1.0`), so the tag travels too',
  );
});

test('mysite:1.0 left this host after it was saved, and came back from the archive', () => {
  const { host, original } = started();
  check(
    seen.goneAfterSave,
    `after mysite.tar was written, the image ${short(original.id)} never left this host, so nothing came back from the archive: ` +
      'play the new machine with `docker rmi mysite:1.0` (every tag of it, and no container using it), then `docker load -i mysite.tar`',
  );
  const back = host.snapshot().images.find((i) => i.id === original.id);
  const now = image(host, 'mysite:1.0');
  check(
    back,
    now
      ? `mysite:1.0 now names another image (${short(now.id)}), made on this host rather than loaded: ` +
          `only \`docker load -i mysite.tar\` brings back ${short(original.id)}`
      : `the image ${short(original.id)} is not on the host at the end: \`docker load -i mysite.tar\` brings it back`,
  );
  check(
    back.repoTags.includes('mysite:1.0'),
    `the image ${short(original.id)} is back but ${back.repoTags.length ? `tagged ${back.repoTags.join(', ')}` : 'untagged'}: ` +
      'the archive gives back the tag it was saved with (`docker save -o mysite.tar mysite:1.0`)',
  );
});

// The ID is the digest of the image's index, which names its manifest, which names its config and
// layers; the config holds the history. The same ID is the same layers, config and history.
test('the loaded mysite:1.0 is the original image: same ID, so the same layers, config and history', () => {
  const { host, original } = started();
  const loaded = image(host, 'mysite:1.0');
  check(loaded, 'no image tagged mysite:1.0 at the end: `docker load -i mysite.tar`');
  check(
    loaded.id === original.id,
    `mysite:1.0 is ${short(loaded.id)}, the original was ${short(original.id)}: that is another image (a new build gets a ` +
      'new ID, and no registry has mysite); only `docker load` gives back the same image',
  );
});

test("site.tar on the host disk holds a container's files from mysite, with note.html", () => {
  const { host } = started();
  const bytes = host.hostFileBytes(EXPORTED);
  check(bytes, "no site.tar in ~/app: `docker export -o site.tar site` writes a container's files");
  const files = tarFiles(bytes);
  check(files, 'site.tar is not a tar archive: write it with `docker export -o site.tar site`');
  check(
    !files.has('index.json'),
    "site.tar is an image archive (index.json, blobs/): that is what `docker save` writes; `docker export -o site.tar site` writes a container's files",
  );
  const page = text(files.get(`${HTML}/index.html`));
  check(
    page !== undefined && page === decode(host.hostFileBytes('index.html')),
    page === undefined
      ? 'site.tar has no /usr/share/nginx/html/index.html: export a container made from mysite:1.0'
      : "site.tar's index.html is not mysite's page (~/app/index.html): export a container made from mysite:1.0",
  );
  check(
    files.has(`${HTML}/note.html`),
    "site.tar has no /usr/share/nginx/html/note.html: write it inside site before exporting; export carries the container's own changes too",
  );
});

test('mysite:flat was imported from site.tar: one layer, "Imported from -", no CMD', () => {
  const { host } = started();
  const flat = image(host, 'mysite:flat');
  check(flat, 'no image tagged mysite:flat: `docker import site.tar mysite:flat`');
  const bytes = host.hostFileBytes(EXPORTED);
  const diffId = bytes ? `sha256:${createHash('sha256').update(bytes).digest('hex')}` : undefined;
  check(
    flat.layers.length === 1 && flat.history.length === 1,
    `mysite:flat has ${flat.layers.length} layers and ${flat.history.length} history entries: ` +
      "`docker import` makes one layer with one entry (a commit would keep the image's layers and add one)",
  );
  check(
    flat.layers[0]!.diffId === diffId,
    "mysite:flat's layer is not site.tar (its diff ID is not site.tar's sha256): `docker import site.tar mysite:flat` after the export",
  );
  check(
    flat.history[0]!.comment === 'Imported from -',
    `mysite:flat's history says ${JSON.stringify(flat.history[0]!.comment)}, expected "Imported from -": import without -m`,
  );
  check(
    flat.config.cmd === null && flat.config.entrypoint === null,
    `mysite:flat has ${flat.config.cmd ? `CMD ${JSON.stringify(flat.config.cmd)}` : `ENTRYPOINT ${JSON.stringify(flat.config.entrypoint)}`}: ` +
      'an imported image has no command of its own',
  );
});

test('answer.txt says which archive kept the history: save or export', () => {
  const { host } = started();
  const bytes = host.hostFileBytes(ANSWER);
  check(bytes, 'no answer.txt in ~/app: `echo save > answer.txt` or `echo export > answer.txt`, whichever kept the history');
  const answer = decode(bytes)!
    .trim()
    .toLowerCase()
    .replace(/^docker\s+/, '');
  check(
    ['save', 'export', 'load', 'import', 'save/load', 'export/import'].includes(answer),
    `answer.txt says ${JSON.stringify(answer)}: write one word, save or export`,
  );
  check(
    answer.startsWith('save') || answer === 'load',
    `answer.txt says ${answer}, but mysite:flat, the image made from the export, has a single history line ("Imported from -"): ` +
      'compare `docker history mysite:flat` with `docker history mysite:1.0`',
  );
});
