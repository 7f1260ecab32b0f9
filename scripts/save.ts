// npm run save -- <image> <file.tar>: writes the archive `docker save -o` makes in the simulated
// host (a bundled image, pulled first) to a real file, for real tools to read:
//   skopeo inspect oci-archive:nginx.tar · skopeo copy oci-archive:nginx.tar oci:dir:tag · umoci unpack
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHost } from '../engine/index';

const [image, file] = process.argv.slice(2);
if (!image || !file) {
  console.error('usage: npm run save -- <image> <file.tar>   (e.g. npm run save -- nginx nginx.tar)');
  process.exit(2);
}
const host = createHost();
for (const line of [`docker pull -q ${image}`, `docker save -o /tmp/saved.tar ${image}`]) {
  const result = host.execute(line);
  if (result.exitCode !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.exitCode);
  }
}
const bytes = host.hostFileBytes('/tmp/saved.tar')!;
// npm runs scripts in the package root; INIT_CWD is where the command was typed.
writeFileSync(resolve(process.env.INIT_CWD ?? '.', file), bytes);
console.log(`${file}: ${bytes.length} bytes, the archive \`docker save ${image}\` writes (an OCI image layout)`);
