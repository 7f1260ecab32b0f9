// The ps columns that need rules: STATUS (moby State.String), PORTS, COMMAND.
import type { Container } from '../model/container';
import type { PortBinding } from '../types';
import { ago, humanDuration } from './duration';
import { ellipsis, goQuote, shortId } from './text';
import { familiarName, parseReference } from '../model/reference';

export function statusText(c: Container, now: number): string {
  if (c.running) {
    if (c.paused) return `Up ${humanDuration(now - (c.startedAt ?? now))} (Paused)`;
    if (c.restarting) return `Restarting (${c.exitCode}) ${ago(now - (c.finishedAt ?? now))}`;
    return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
  }
  if (c.removing) return 'Removal In Progress';
  if (c.dead) return 'Dead';
  if (c.startedAt === null) return 'Created';
  return `Exited (${c.exitCode}) ${ago(now - (c.finishedAt ?? now))}`;
}

/** Docker 29 binds published ports on IPv4 and IPv6: "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp". */
export function portsText(c: Container): string {
  const exposed = Object.keys(c.image.config.config.ExposedPorts ?? {});
  if (!c.running) return '';
  const published = c.ports.flatMap((p: PortBinding) =>
    p.hostIp === '0.0.0.0'
      ? [`0.0.0.0:${p.hostPort}->${p.containerPort}/${p.protocol}`, `[::]:${p.hostPort}->${p.containerPort}/${p.protocol}`]
      : [`${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`],
  );
  const unpublished = exposed.filter((e) => !c.ports.some((p) => `${p.containerPort}/${p.protocol}` === e));
  return [...unpublished, ...published].join(', ');
}

export function commandText(c: Container, truncate: boolean): string {
  const cmd = c.argv().join(' ');
  return goQuote(truncate ? ellipsis(cmd, 20) : cmd);
}

/**
 * ps's IMAGE column (cli formatter ContainerContext.Image): truncated, an image ID prints as its
 * 12-character short form and a reference in familiar form with the digest dropped and the tag
 * kept only if one was given ("docker.io/library/nginx" → "nginx", "nginx@sha256:…" → "nginx").
 */
export function imageText(configImage: string, imageId: string, truncate: boolean): string {
  if (!truncate) return configImage;
  if (shortId(configImage) === shortId(imageId)) return shortId(imageId);
  try {
    const ref = parseReference(configImage);
    return familiarName(ref) + (ref.defaultedTag || ref.tag === undefined ? '' : `:${ref.tag}`);
  } catch {
    return configImage;
  }
}
