// Exercise 05, reference answers.

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
  status: 'static',
  storedWhere: 'on disk, locally or in a registry',
  mutability: 'read-only',
  canYouRunIt: 'no: you run containers from it',
  analogy: 'blueprint / class',
  createdWith: 'docker build or docker pull',
  howMany: 'any number of containers from one',
};

export const container: Row = {
  status: 'dynamic',
  storedWhere: 'a writable layer on top of its image, plus live processes',
  mutability: 'read-write',
  canYouRunIt: 'yes: it is the running thing',
  analogy: 'house / object',
  createdWith: 'docker run (or docker create)',
  howMany: 'one per docker run',
};
