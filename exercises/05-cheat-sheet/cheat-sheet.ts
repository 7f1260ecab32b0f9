// Exercise 05: fill in the cheat sheet, one row at a time, for both columns.
// Each row's type lists the only answers that compile.
import { UNANSWERED } from '../support/todo';

export type Status = 'static' | 'dynamic';
export type StoredWhere = 'on disk, locally or in a registry' | 'a writable layer on top of its image, plus live processes';
export type Mutability = 'read-only' | 'read-write';
export type CanYouRunIt = 'no: you run containers from it' | 'yes: it is the running thing';
export type Analogy = 'blueprint / class' | 'house / object';
export type CreatedWith = 'docker build or docker pull' | 'docker run (or docker create)';
export type HowMany = 'any number of containers from one' | 'one per docker run';

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
