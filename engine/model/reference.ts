// Image references as distribution/reference normalizes them: "nginx" is
// docker.io/library/nginx:latest; the familiar form trims docker.io/ and library/.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';

export interface Reference {
  /** "docker.io" (or the registry host given). */
  domain: string;
  /** "library/nginx" */
  path: string;
  tag?: string;
  digest?: string;
  /** Whether the tag was filled in as "latest". */
  defaultedTag: boolean;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HEX64 = /^[a-f0-9]{64}$/;
/** distribution/reference RepositoryNameTotalLengthMax. */
const NAME_TOTAL_LENGTH_MAX = 255;

/** Recently parsed references (every `run nginx` parses "nginx"); only valid ones are kept. */
const parsed = new Map<string, Reference>();

/** Parses and normalizes; throws Docker's own error text on bad input (exit 1 unless the caller wraps it). */
export function parseReference(input: string): Reference {
  const hit = parsed.get(input);
  if (hit) return { ...hit };
  const ref = parseUncached(input);
  if (parsed.size >= 256) parsed.delete(parsed.keys().next().value!);
  parsed.set(input, ref);
  return { ...ref };
}

function parseUncached(input: string): Reference {
  if (HEX64.test(input)) throw new CliError(msg.hexRepository(input), 1);
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new CliError(msg.invalidReference(), 1);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new CliError(msg.invalidReference(), 1);
  }
  if (rest === '') throw new CliError(msg.invalidReference(), 1);
  const parts = rest.split('/');
  let domain = 'docker.io';
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    if (first !== first.toLowerCase() && !first.includes('.') && !first.includes(':')) {
      // an uppercase first component is not a domain: it is a bad repository name
    } else {
      domain = first;
      parts.shift();
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  let path = parts.join('/');
  if (domain === 'docker.io' && parts.length === 1) path = `library/${path}`;
  for (const part of path.split('/')) {
    if (!COMPONENT.test(part)) {
      if (COMPONENT.test(part.toLowerCase())) throw new CliError(msg.uppercaseReference(path), 1);
      throw new CliError(msg.invalidReference(), 1);
    }
  }
  // distribution/reference Parse: ErrNameTooLong, checked on the path once the name is well formed.
  if (path.length > NAME_TOTAL_LENGTH_MAX) throw new CliError(msg.nameTooLong(NAME_TOTAL_LENGTH_MAX), 1);
  const defaultedTag = tag === undefined && digest === undefined;
  return { domain, path, tag: defaultedTag ? 'latest' : tag, digest, defaultedTag };
}

/** "docker.io/library/nginx" → "nginx"; "docker.io/me/app" → "me/app". */
export function familiarName(ref: Pick<Reference, 'domain' | 'path'>): string {
  if (ref.domain !== 'docker.io') return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
}

/** "nginx:latest", "me/app:v1", "nginx@sha256:…". */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/** "docker.io/library/nginx:latest": the key under which the host stores tags. */
export function fullString(ref: Reference): string {
  return `${ref.domain}/${ref.path}` + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/**
 * How the daemon names an image it does not have: "nginx:latest" (the tag defaulted), or the
 * input as typed when it is an ID prefix or not a reference at all.
 */
export function missingImageName(input: string): string {
  if (/^[a-f0-9]{1,63}$/.test(input)) return input;
  try {
    return familiarString(parseReference(input));
  } catch {
    return input;
  }
}
