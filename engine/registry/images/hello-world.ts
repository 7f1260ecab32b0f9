// library/hello-world: one static binary, /hello, that prints a fixed greeting and exits 0.
// The greeting below is that program's output (a fact about the image), reproduced line for line.
import type { ImageSpec, LayerSpec } from '../types';
import { DEFAULT_PATH, after, empty } from './common';

/** Exactly what `docker run hello-world` prints, one entry per line (it begins and ends with a blank line). */
export const helloWorldOutput: string[] = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, Docker took the following steps:',
  ' 1. The Docker client contacted the Docker daemon.',
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  '    (amd64)',
  ' 3. The Docker daemon created a new container from that image which runs the',
  '    executable that produces the output you are currently reading.',
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
  '    to your terminal.',
  '',
  'To try something more ambitious, you can run an Ubuntu container with:',
  ' $ docker run -it ubuntu bash',
  '',
  'Share images, automate workflows, and more with a free Docker ID:',
  ' https://hub.docker.com/',
  '',
  'For more examples and ideas, visit:',
  ' https://docs.docker.com/get-started/',
  '',
];

const BUILT = '2026-08-13T19:38:41Z';

const helloLayer: LayerSpec = {
  key: 'hello-world-hello',
  files: {
    // The real binary embeds its message; the stand-in does too, so `strings`-like peeks agree.
    '/hello': { content: `\x7fELF stand-in for /hello (static, no libc)\n${helloWorldOutput.join('\n')}\n`, mode: 0o755 },
  },
  size: 10_072,
  compressedSize: 3_208,
  createdBy: 'COPY hello / # buildkit',
  created: BUILT,
};

export const helloWorld: ImageSpec = {
  repository: 'library/hello-world',
  tags: ['latest', 'linux'],
  created: after(BUILT, 1),
  steps: [{ layer: helloLayer }, empty('CMD ["/hello"]', after(BUILT, 1))],
  config: { Env: [DEFAULT_PATH], Cmd: ['/hello'] },
  runtime: { kind: 'exits', logsOnStart: helloWorldOutput },
};
