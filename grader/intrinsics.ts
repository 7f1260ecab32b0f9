// The built-ins checks rely on, captured in the check worker before any learner code loads and
// verified after loading and after every check: a learner file that replaces JSON.stringify,
// patches Array.prototype or adds Object.prototype.toJSON fails with the name of what it changed.
// Identity of every own property (value, getter, setter) and the set of keys are compared.

type Holder = [name: string, target: object];

const HOLDERS: Holder[] = [
  ['globalThis', globalThis],
  ['JSON', JSON],
  ['Object', Object],
  ['Object.prototype', Object.prototype],
  ['Array', Array],
  ['Array.prototype', Array.prototype],
  ['String', String],
  ['String.prototype', String.prototype],
  ['Number', Number],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Math', Math],
  ['Reflect', Reflect],
  ['Promise', Promise],
  ['Promise.prototype', Promise.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Function.prototype', Function.prototype],
  ['Error', Error],
  ['Error.prototype', Error.prototype],
  ['Symbol', Symbol],
  ['Date', Date],
  ['Date.prototype', Date.prototype],
];

/** globalThis keys that legitimately change while code runs (Node and tsx set them lazily). */
const VOLATILE_GLOBALS = new Set<PropertyKey>(['navigator', 'crypto', 'performance', 'fetch', 'WebAssembly']);

type Snapshot = { name: string; target: object; props: Map<PropertyKey, PropertyDescriptor> }[];

export function captureIntrinsics(): Snapshot {
  return HOLDERS.map(([name, target]) => {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(target)) {
      const d = Reflect.getOwnPropertyDescriptor(target, key);
      if (d) props.set(key, d);
    }
    return { name, target, props };
  });
}

const label = (holder: string, key: PropertyKey): string => `${holder === 'globalThis' ? '' : `${holder}.`}${String(key)}`;

/** Names of the built-ins changed since the snapshot (replaced, deleted or added), empty when none. */
export function changedIntrinsics(snapshot: Snapshot): string[] {
  const changed: string[] = [];
  for (const { name, target, props } of snapshot) {
    const now = new Set(Reflect.ownKeys(target));
    for (const [key, before] of props) {
      if (name === 'globalThis' && (VOLATILE_GLOBALS.has(key) || typeof key === 'symbol')) continue;
      const after = Reflect.getOwnPropertyDescriptor(target, key);
      if (!after) {
        changed.push(`${label(name, key)} (deleted)`);
        continue;
      }
      if (!Object.is(after.value, before.value) || after.get !== before.get || after.set !== before.set) {
        // A global holding data (not a built-in function or object) may change: only built-ins count.
        if (name === 'globalThis' && typeof before.value !== 'function' && (typeof before.value !== 'object' || before.value === null))
          continue;
        changed.push(label(name, key));
      }
    }
    // New keys on globalThis are a learner's own globals; on a built-in they change behaviour (toJSON…).
    if (name !== 'globalThis') for (const key of now) if (!props.has(key)) changed.push(`${label(name, key)} (added)`);
  }
  return changed;
}
