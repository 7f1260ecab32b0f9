// Exercise 05: fill in the talk's corrected cheat sheet, one row at a time, for both columns.
// Each row's type lists the only answers that compile.
import { UNANSWERED } from '../support/todo';

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
  status: UNANSWERED,
  storedWhere: UNANSWERED,
  mutability: UNANSWERED,
  canYouRunIt: UNANSWERED,
  analogy: UNANSWERED,
  createdWith: UNANSWERED,
  howMany: UNANSWERED,
};

export const container: Row = {
  status: UNANSWERED,
  storedWhere: UNANSWERED,
  mutability: UNANSWERED,
  canYouRunIt: UNANSWERED,
  analogy: UNANSWERED,
  createdWith: UNANSWERED,
  howMany: UNANSWERED,
};
