// The engine imports the catalog from here as well as from engine/registry/catalog.ts; this file
// only forwards, so the list of images lives in one place.
export * from '../catalog';
