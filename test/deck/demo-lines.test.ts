// The deck's own proof: its structure (slide count, notes, offline safety, well-formed demo
// props) and every demo line replayed on a fresh simulated host, exactly as the slide's
// components will run it: each slide's host = its setup lines, then its script lines.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseShell } from 'shell-quote';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Host, HostOptions, HostSnapshot } from '../../engine/types';
import {
  announcedClicks,
  DECK_ROOT,
  type Demo,
  extractDemos,
  extractSlides,
  noteProblems,
  parseLiteral,
  remoteEmbeds,
  remoteFrontmatter,
  slideClicks,
} from './demos';

const slides = extractSlides();
// What a demo may type: docker commands, curl to a published port, and the host shell's few file
// commands over the build context in ~/app (`cat Dockerfile`, `echo … > index.html`).
const DEMO_LINE = [/^docker [a-z]/, /^curl http:\/\/localhost:\d+\/\S*$/, /^(?:cat|ls|pwd|echo)(?: |$)/];
const demos = extractDemos();

describe('deck structure', () => {
  it('has between 40 and 60 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(40);
    expect(slides.length).toBeLessThanOrEqual(60);
  });

  it('keeps the agreed headmatter (offline fonts and favicon, PDF download, 45-minute timer)', () => {
    const head = slides[0]?.frontmatter ?? {};
    expect(head).toMatchObject({
      theme: 'default',
      title: 'An Image Is Not a Container',
      download: true,
      exportFilename: 'image-is-not-a-container',
      duration: '45min',
      drawings: { persist: false },
      transition: 'none',
      mdc: true,
      fonts: { provider: 'none' },
    });
    // Without a favicon of its own, Slidev links its default one from a CDN.
    expect(typeof head.favicon).toBe('string');
    expect(String(head.favicon)).not.toMatch(/^(?:https?:)?\/\//i);
  });

  it("has speaker notes with a timing on every slide, announcing each demo's click count", () => {
    const problems = slides.flatMap((slide) =>
      noteProblems(
        slide,
        demos.filter((d) => d.slideIndex === slide.slideIndex),
      ),
    );
    expect(problems).toEqual([]);
  });

  // A fresh window mounts a slide late (a terminal replays its host first; the dev server compiles
  // the slide on demand): a press that arrives before the slide registered its clicks would skip
  // to the next slide. With `clicks:` in the frontmatter Slidev knows the count from the route.
  it("declares every slide's click count in its frontmatter (clicks: = its v-clicks and script lines)", () => {
    const problems = slides.flatMap((slide) => {
      const expected = slideClicks(
        slide,
        demos.filter((d) => d.slideIndex === slide.slideIndex),
      );
      const where = `slide ${slide.slideIndex + 1} (${slide.file})`;
      if (typeof expected === 'string') return [`${where}: ${expected}`];
      const declared = slide.frontmatter.clicks ?? 0;
      return declared === expected
        ? []
        : [`${where}: frontmatter clicks: ${String(declared)}, its v-clicks and terminal script take ${expected}`];
    });
    expect(problems).toEqual([]);
  });

  it('loads no image, iframe or font from the network', () => {
    const problems = slides.flatMap((slide) =>
      [...remoteEmbeds(slide.content), ...remoteFrontmatter(slide.frontmatter)].map(
        (hit) => `slide ${slide.slideIndex + 1} (${slide.file}): ${hit}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has well-formed demos: one host per slide, real commands, fails within the script', () => {
    const problems: string[] = [];
    const slideOfHost = new Map<string, number>();
    for (const demo of demos) {
      const where = `slide ${demo.slideIndex + 1} (${demo.file}) <${demo.component} host="${demo.host}">`;
      const owner = slideOfHost.get(demo.host);
      if (owner !== undefined && owner !== demo.slideIndex) problems.push(`${where}: host id also used on slide ${owner + 1}`);
      slideOfHost.set(demo.host, demo.slideIndex);
      for (const line of [...demo.setup, ...demo.script]) {
        if (!DEMO_LINE.some((shape) => shape.test(line))) problems.push(`${where}: not a docker, curl or build-context line: ${line}`);
      }
      for (const index of demo.fails) {
        if (index < 0 || index >= demo.script.length) problems.push(`${where}: fails index ${index} outside the script`);
      }
      if (demo.component === 'DockerTerminal') {
        if (!demo.explicitHost) problems.push(`${where}: give the terminal a host id unique to the slide`);
        if (demo.script.length === 0) problems.push(`${where}: empty script`);
        continue;
      }
      if (demo.setup.length || demo.script.length) problems.push(`${where}: only terminals take setup/script lines`);
      const needs = demo.component === 'LifecycleDiagram' ? 'container' : 'image';
      if (demo.component === 'LifecycleDiagram' && !demo.explicitHost) continue; // the static diagram
      if (typeof demo.props[needs] !== 'string') problems.push(`${where}: missing the ${needs} prop`);
      const driven = demos.some((d) => d.component === 'DockerTerminal' && d.slideIndex === demo.slideIndex && d.host === demo.host);
      if (!driven) problems.push(`${where}: no terminal on this slide drives host "${demo.host}"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the deck reader (test/deck/demos.ts)', () => {
  it('follows src: imports, numbers slides like Slidev and reads literal props', () => {
    const root = mkdtempSync(join(tmpdir(), 'deck-reader-'));
    mkdirSync(join(root, 'pages'));
    writeFileSync(
      join(root, 'slides.md'),
      ['---', 'title: t', '---', '', '# one', '', '---', 'src: ./pages/a.md', '---', '', '---', '', '# four', ''].join('\n'),
    );
    writeFileSync(
      join(root, 'pages/a.md'),
      [
        '# two',
        '',
        '```html',
        '<DockerTerminal host="in-code" :script="[\'docker ps\']" />',
        '```',
        '',
        '<DockerTerminal host="h2"',
        '  :setup="[\'docker pull nginx\']"',
        "  :script=\"['docker exec a sh -c \\'echo hi > /f\\'', &quot;docker rmi nginx&quot;]\"",
        '  :fails="[1]" :rows="12" />',
        '',
        '<!-- notes two -->',
        '',
        '---',
        'hide: true',
        '---',
        '',
        '# hidden',
        '',
        '---',
        '',
        '# three',
        '<LayerStack host="h2" image="nginx"/>',
      ].join('\n'),
    );
    const found = extractDemos(root);
    expect(extractSlides(root).map((s) => [s.file, s.slideIndex])).toEqual([
      ['slides.md', 0],
      ['pages/a.md', 1],
      ['pages/a.md', 2],
      ['slides.md', 3],
    ]);
    expect(extractSlides(root)[1]?.note).toBe('notes two');
    expect(found).toEqual([
      {
        file: 'pages/a.md',
        slideIndex: 1,
        host: 'h2',
        explicitHost: true,
        setup: ['docker pull nginx'],
        script: ["docker exec a sh -c 'echo hi > /f'", 'docker rmi nginx'],
        fails: [1],
        component: 'DockerTerminal',
        props: {
          host: 'h2',
          setup: ['docker pull nginx'],
          script: ["docker exec a sh -c 'echo hi > /f'", 'docker rmi nginx'],
          fails: [1],
          rows: 12,
        },
      },
      {
        file: 'pages/a.md',
        slideIndex: 2,
        host: 'h2',
        explicitHost: true,
        setup: [],
        script: [],
        fails: [],
        component: 'LayerStack',
        props: { host: 'h2', image: 'nginx' },
      },
    ]);
  });

  it('refuses props it cannot read as literals', () => {
    expect(() => parseLiteral("['docker ps', lines]")).toThrow(/not a literal/);
    expect(() => parseLiteral("['docker ps'")).toThrow();
    expect(parseLiteral("[ 'a\\'b', \"c\", 2, true, ]")).toEqual(["a'b", 'c', 2, true]);
  });

  it('spots remote embeds and missing or miscounted notes', () => {
    expect(remoteEmbeds('![logo](https://example.com/x.png)')).toHaveLength(1);
    expect(remoteEmbeds('<img class="w-8" src="https://example.com/x.png">')).toHaveLength(1);
    expect(remoteEmbeds('<div style="background: url(//cdn.example.com/a.jpg)"></div>')).toHaveLength(1);
    expect(remoteEmbeds('See https://docs.docker.com/ and ![local](/img/a.png)')).toEqual([]);
    expect(remoteFrontmatter({ layout: 'image-right', image: 'https://example.com/a.png' })).toHaveLength(1);
    expect(announcedClicks('Time: 1:00 — three clicks. Click 1 …')).toBe(3);
    const slide = { file: 'x.md', slideIndex: 0, content: '', frontmatter: {}, note: undefined };
    expect(noteProblems(slide, [])).toHaveLength(1);
    const terminal: Demo = {
      file: 'x.md',
      slideIndex: 0,
      host: 'h',
      explicitHost: true,
      setup: [],
      script: ['docker ps', 'docker images'],
      fails: [],
      component: 'DockerTerminal',
      props: {},
    };
    const noted = { ...slide, note: 'Time: 1:00 — three clicks. Say something long enough to count as notes.' };
    expect(noteProblems(noted, [terminal])).toEqual(['slide 1 (x.md): notes announce 3 clicks, the terminal script has 2']);
  });
});

// ---- Replaying the demos on the engine ----------------------------------------------------------

const ENGINE_ENTRY = resolve(DECK_ROOT, 'engine/index.ts');
const engineReady = existsSync(ENGINE_ENTRY);

interface EngineModule {
  createHost(options?: HostOptions): Host;
}

type Reference = { kind: 'container' | 'image'; name: string } | { kind: 'port'; port: number };

interface TargetRule {
  kind: 'container' | 'image';
  /** "first": only the first positional argument names an object (exec, commit, tag…). */
  which: 'first' | 'all';
  valueFlags: string[];
}

// Which arguments of a command name an existing container or image. Flags that take a value are
// listed so their values are not mistaken for names (docker/cli's flag definitions).
const TARGETS: Record<string, TargetRule> = {
  start: { kind: 'container', which: 'all', valueFlags: ['--detach-keys'] },
  stop: { kind: 'container', which: 'all', valueFlags: ['-t', '--timeout', '--time', '-s', '--signal'] },
  restart: { kind: 'container', which: 'all', valueFlags: ['-t', '--timeout', '--time', '-s', '--signal'] },
  kill: { kind: 'container', which: 'all', valueFlags: ['-s', '--signal'] },
  pause: { kind: 'container', which: 'all', valueFlags: [] },
  unpause: { kind: 'container', which: 'all', valueFlags: [] },
  rm: { kind: 'container', which: 'all', valueFlags: [] },
  wait: { kind: 'container', which: 'all', valueFlags: [] },
  logs: { kind: 'container', which: 'first', valueFlags: ['--since', '--until', '-n', '--tail'] },
  diff: { kind: 'container', which: 'first', valueFlags: [] },
  port: { kind: 'container', which: 'first', valueFlags: [] },
  top: { kind: 'container', which: 'first', valueFlags: [] },
  rename: { kind: 'container', which: 'first', valueFlags: [] },
  exec: {
    kind: 'container',
    which: 'first',
    valueFlags: ['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys'],
  },
  commit: { kind: 'container', which: 'first', valueFlags: ['-a', '--author', '-c', '--change', '-m', '--message'] },
  rmi: { kind: 'image', which: 'all', valueFlags: ['--platform'] },
  history: { kind: 'image', which: 'first', valueFlags: ['--format', '--platform'] },
  tag: { kind: 'image', which: 'first', valueFlags: [] },
};

// `docker container rm` = `docker rm`, `docker image rm` = `docker rmi`, and so on.
const LONG_FORMS: Record<string, Record<string, string>> = {
  container: { remove: 'rm', rm: 'rm' },
  image: { rm: 'rmi', remove: 'rmi', history: 'history', tag: 'tag' },
};

/** The containers, images and published ports a line relies on, before it runs. */
function referencesOf(line: string): Reference[] {
  const words = parseShell(line).filter((w): w is string => typeof w === 'string');
  if (words[0] === 'curl') {
    const port = words.map((w) => /^http:\/\/localhost:(\d+)/.exec(w)?.[1]).find(Boolean);
    return port ? [{ kind: 'port', port: Number(port) }] : [];
  }
  if (words[0] !== 'docker' || words.length < 2) return [];
  let command = words[1] as string;
  let rest = words.slice(2);
  const longForm = LONG_FORMS[command];
  if (longForm && rest[0] !== undefined) {
    command = longForm[rest[0]] ?? rest[0];
    rest = rest.slice(1);
  }
  const rule = TARGETS[command];
  if (!rule) return [];
  const names: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    if (word.startsWith('-')) {
      if (!word.includes('=') && rule.valueFlags.includes(word)) i++;
      continue;
    }
    names.push(word);
    if (rule.which === 'first') break;
  }
  return names.map((name) => ({ kind: rule.kind, name }));
}

/** `nginx` → `nginx:latest`; `docker.io/library/nginx` → `nginx:latest` (familiar form). */
function familiarRef(ref: string): string {
  const short = ref.replace(/^docker\.io\/(library\/)?/, '');
  const lastPart = short.slice(short.lastIndexOf('/') + 1);
  return lastPart.includes(':') || short.includes('@') ? short : `${short}:latest`;
}

function exists(snapshot: HostSnapshot, ref: Reference): boolean {
  if (ref.kind === 'port') {
    return snapshot.containers.some((c) => c.state === 'running' && c.ports.some((p) => p.hostPort === ref.port));
  }
  if (ref.kind === 'container') {
    return snapshot.containers.some((c) => c.name === ref.name || c.id.startsWith(ref.name));
  }
  const id = ref.name.replace(/^sha256:/, '');
  return snapshot.images.some(
    (img) => img.repoTags.includes(familiarRef(ref.name)) || (/^[0-9a-f]{4,64}$/.test(id) && img.id.replace(/^sha256:/, '').startsWith(id)),
  );
}

function describeRef(ref: Reference): string {
  return ref.kind === 'port' ? `a running container publishing host port ${ref.port}` : `${ref.kind} "${ref.name}"`;
}

/** Replays one slide's host: every terminal's setup, then every script line, with all checks. */
function replay(engine: EngineModule, group: Demo[]): string[] {
  const problems: string[] = [];
  const terminals = group.filter((d) => d.component === 'DockerTerminal');
  const seed = terminals.map((t) => t.props.seed).find((s): s is number => typeof s === 'number') ?? 1;
  let clock = Date.UTC(2026, 10, 27, 9, 0, 0);
  const host = engine.createHost({ seed, now: () => clock });
  const seenContainers = new Set<string>();
  const run = (line: string, expectFailure: boolean, label: string): void => {
    clock += 3000;
    if (!expectFailure) {
      const before = host.snapshot();
      for (const ref of referencesOf(line)) {
        if (!exists(before, ref)) problems.push(`${label} \`${line}\`: needs ${describeRef(ref)}, which does not exist at this point`);
      }
    }
    const result = host.execute(line);
    if (expectFailure && result.exitCode === 0) {
      problems.push(`${label} \`${line}\`: listed in fails but exited 0\n${result.stdout}`);
    } else if (!expectFailure && result.exitCode !== 0) {
      problems.push(`${label} \`${line}\`: exited ${result.exitCode}\n${result.stderr || result.stdout}`);
    }
    for (const c of host.snapshot().containers) seenContainers.add(c.name);
  };
  for (const t of terminals) t.setup.forEach((line, i) => run(line, false, `setup[${i}]`));
  for (const t of terminals) t.script.forEach((line, i) => run(line, t.fails.includes(i), `script[${i}]`));

  const final = host.snapshot();
  for (const view of group) {
    const image = view.props.image;
    if ((view.component === 'LayerStack' || view.component === 'ImageFanout') && typeof image === 'string') {
      if (!exists(final, { kind: 'image', name: image }))
        problems.push(`<${view.component} image="${image}">: no such image after the script`);
    }
    const container = view.props.container;
    if (view.component === 'LifecycleDiagram' && typeof container === 'string' && !seenContainers.has(container)) {
      problems.push(`<LifecycleDiagram container="${container}">: that container never existed during the demo`);
    }
  }
  return problems;
}

/** Demos grouped per slide and host: what one fresh host has to run. */
function hostGroups(): Array<{ title: string; group: Demo[] }> {
  const groups = new Map<string, Demo[]>();
  for (const demo of demos) {
    if (demo.component === 'LifecycleDiagram' && !demo.explicitHost) continue; // static, no host
    const key = `slide ${demo.slideIndex + 1} (${demo.file}) host ${demo.host}`;
    groups.set(key, [...(groups.get(key) ?? []), demo]);
  }
  return [...groups].map(([title, group]) => ({ title, group }));
}

describe.skipIf(!engineReady)('every demo line on the simulated Docker host', () => {
  let engine: EngineModule;
  beforeAll(async () => {
    engine = (await import(pathToFileURL(ENGINE_ENTRY).href)) as EngineModule;
  });

  it('finds the demos to replay', () => {
    expect(hostGroups().length).toBeGreaterThanOrEqual(15);
  });

  for (const { title, group } of hostGroups()) {
    it(title, () => {
      expect(replay(engine, group)).toEqual([]);
    });
  }
});

describe('how demo lines are read for the existence checks', () => {
  it('knows which arguments name containers, images and ports', () => {
    expect(referencesOf("docker exec a sh -c 'echo x > /f'")).toEqual([{ kind: 'container', name: 'a' }]);
    expect(referencesOf('docker stop -t 5 web other')).toEqual([
      { kind: 'container', name: 'web' },
      { kind: 'container', name: 'other' },
    ]);
    expect(referencesOf('docker rm -f app')).toEqual([{ kind: 'container', name: 'app' }]);
    expect(referencesOf('docker image rm nginx')).toEqual([{ kind: 'image', name: 'nginx' }]);
    expect(referencesOf('docker commit -m "msg" web myweb:v1')).toEqual([{ kind: 'container', name: 'web' }]);
    expect(referencesOf('docker run -d --name web nginx')).toEqual([]);
    expect(referencesOf('curl http://localhost:8080/')).toEqual([{ kind: 'port', port: 8080 }]);
    expect(familiarRef('docker.io/library/nginx')).toBe('nginx:latest');
    expect(familiarRef('localhost:5000/app')).toBe('localhost:5000/app:latest');
  });
});
