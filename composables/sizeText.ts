// Size wording from the engine's formatter, so cards read exactly like `docker ps -s`.

import { humanSize, psSizeColumn, type ContainerView } from '../engine/index';

export { humanSize };

/** `docker ps -s`'s SIZE column, from the engine's one formatter: "2B (virtual 187MB)". */
export function psSize(container: Pick<ContainerView, 'sizeRw' | 'imageSize'>): string {
  return psSizeColumn(container.sizeRw, container.imageSize);
}

/** A history line without the builder's boilerplate, short enough for a card. */
export function shortCreatedBy(createdBy: string, max = 56): string {
  const text = createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].length <= max ? text : [...text].slice(0, max - 1).join('') + '…';
}
