// Exercise 05, reference answers: the talk's corrected cheat sheet (pages/09-cheat-sheet.md).

export type Status =
  'inert files and settings: it never runs' | 'always in one of seven states: created, running, paused, exited and others';
export type StoredWhere =
  'in the local image store, and/or a registry' | "on the host's disk too (writable layer, config, logs); only its processes use RAM";
export type Mutability =
  | 'never changes: new content means a new ID; only tags move'
  | 'its writable layer is read-write; the image layers under it stay read-only';
export type CanYouRunIt = 'no: you create containers from it' | 'you start, stop, pause and restart it';
export type Analogy = 'blueprint / class' | 'house / object';
export type CreatedWith = 'docker pull, build, commit or load' | 'docker run (create + start) or docker create';
export type HowMany = 'any number of containers share it' | 'each docker run makes exactly one new one; docker start reuses it';

export interface Row {
  status: Status;
  storedWhere: StoredWhere;
  mutability: Mutability;
  canYouRunIt: CanYouRunIt;
  analogy: Analogy;
  createdWith: CreatedWith;
  howMany: HowMany;
}

export const image: Row = {
  status: 'inert files and settings: it never runs',
  storedWhere: 'in the local image store, and/or a registry',
  mutability: 'never changes: new content means a new ID; only tags move',
  canYouRunIt: 'no: you create containers from it',
  analogy: 'blueprint / class',
  createdWith: 'docker pull, build, commit or load',
  howMany: 'any number of containers share it',
};

export const container: Row = {
  status: 'always in one of seven states: created, running, paused, exited and others',
  storedWhere: "on the host's disk too (writable layer, config, logs); only its processes use RAM",
  mutability: 'its writable layer is read-write; the image layers under it stay read-only',
  canYouRunIt: 'you start, stop, pause and restart it',
  analogy: 'house / object',
  createdWith: 'docker run (create + start) or docker create',
  howMany: 'each docker run makes exactly one new one; docker start reuses it',
};
