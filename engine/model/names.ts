// Generated container names: adjective_surname, from word lists of our own (Docker's are not
// copied). The surnames honour people behind containers, shipping and computing.
import type { Random } from './random';

const ADJECTIVES = [
  'agile', 'amber', 'bold', 'brave', 'bright', 'brisk', 'calm', 'candid', 'careful', 'cheerful',
  'clever', 'cosmic', 'curious', 'daring', 'deft', 'eager', 'earnest', 'fearless', 'fluent', 'frosty',
  'gentle', 'glowing', 'graceful', 'hardy', 'humble', 'jolly', 'keen', 'kind', 'lively', 'lucid',
  'merry', 'mellow', 'nimble', 'noble', 'patient', 'plucky', 'polite', 'proud', 'quiet', 'radiant',
  'rapid', 'serene', 'sharp', 'shiny', 'snappy', 'steady', 'sturdy', 'sunny', 'swift', 'tidy',
  'tranquil', 'upbeat', 'vivid', 'warm', 'wise', 'witty', 'zealous', 'zesty',
];

const SURNAMES = [
  'mclean', 'plimsoll', 'brunel', 'harland', 'kamen', 'torvalds', 'thompson', 'ritchie', 'kernighan', 'pike',
  'liskov', 'hamilton', 'lamport', 'dijkstra', 'knuth', 'hoare', 'backus', 'mccarthy', 'engelbart', 'kay',
  'goldberg', 'sutherland', 'berners', 'cerf', 'kahn', 'metcalfe', 'postel', 'perlman', 'joy', 'bourne',
  'stallman', 'wall', 'rossum', 'eich', 'matsumoto', 'gosling', 'stroustrup', 'wirth', 'hopper', 'allen',
  'clarke', 'easley', 'jennings', 'holberton', 'keller', 'shaw', 'sammet', 'conway', 'floyd', 'tarjan',
  'yao', 'goldwasser', 'micali', 'rivest', 'shamir', 'adleman', 'diffie', 'hellman', 'merkle', 'lovelace',
];

/**
 * moby daemon/names.go generateNewName: six tries of GetRandomName(i), each a fresh pair; tries
 * 1 to 5 append a random digit. undefined after that (the caller falls back to the short ID).
 */
export function generateName(random: Random, taken: (name: string) => boolean): string | undefined {
  for (let i = 0; i < 6; i++) {
    const pair = `${ADJECTIVES[random.below(ADJECTIVES.length)]}_${SURNAMES[random.below(SURNAMES.length)]}`;
    const name = i === 0 ? pair : `${pair}${random.below(10)}`;
    if (!taken(name)) return name;
  }
  return undefined;
}

export const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
