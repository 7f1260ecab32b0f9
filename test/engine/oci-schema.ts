// Validates OCI documents against the image-spec's own JSON schemas (draft-04, loaded under every
// alias URI from SOURCE.txt), plus the digest check the schemas leave to Go code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';

const DIR = join(import.meta.dirname, '../../vendor/oci-image-spec');

const ALIASES: Record<string, string[]> = {
  'config-schema.json': ['https://opencontainers.org/schema/image/config'],
  'content-descriptor.json': [
    'https://opencontainers.org/schema/descriptor',
    'https://opencontainers.org/schema/image/content-descriptor.json',
  ],
  'defs-descriptor.json': [
    'https://opencontainers.org/schema/image/descriptor/mediaType',
    'https://opencontainers.org/schema/defs-descriptor.json',
    'https://opencontainers.org/schema/image/defs-descriptor.json',
  ],
  'defs.json': [
    'https://opencontainers.org/schema/defs.json',
    'https://opencontainers.org/schema/image/defs.json',
    'https://opencontainers.org/schema/image/descriptor/defs.json',
  ],
  'image-index-schema.json': ['https://opencontainers.org/schema/image/index'],
  'image-layout-schema.json': ['https://opencontainers.org/schema/image/layout'],
  'image-manifest-schema.json': ['https://opencontainers.org/schema/image/manifest'],
};

/** Drops draft-04 `id`s (nested ones too): each file is registered under its aliases instead. */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
      .map(([k, v]) => [k, withoutIds(v)]),
  );
}

const ajv = new Ajv({ allErrors: true, strict: false });
for (const [file, aliases] of Object.entries(ALIASES)) {
  const schema = withoutIds(JSON.parse(readFileSync(join(DIR, file), 'utf8'))) as Record<string, unknown>;
  ajv.addSchema(schema, file);
  for (const alias of aliases) ajv.addSchema(schema, alias);
}

export type Kind = 'config' | 'manifest' | 'index';
const FILES: Record<Kind, string> = {
  config: 'config-schema.json',
  manifest: 'image-manifest-schema.json',
  index: 'image-index-schema.json',
};

/** Returns the schema errors (empty when valid), including go-digest's lowercase-hex rule. */
export function validate(kind: Kind, json: string): string[] {
  const value = JSON.parse(json) as unknown;
  const check = ajv.getSchema(FILES[kind])!;
  const errors = check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  for (const m of json.matchAll(/"digest":"([^"]+)"/g)) if (!/^sha256:[a-f0-9]{64}$/.test(m[1]!)) errors.push(`bad digest ${m[1]}`);
  return errors;
}
