// What the host holds before a command exercise's commands run (its README's step 0). One place,
// read by the checks and by `npm run shell -- NN`, so both start from the same host.
const SETUPS: Record<string, readonly string[]> = {
  '09-stop-rm-keep-image': [
    'docker run -d --name web1 -p 8081:80 nginx',
    'docker run -d --name web2 -p 8082:80 nginx',
    'docker run -d --name web3 -p 8083:80 nginx',
  ],
  '11-rmi-refuses': ['docker run -d --name web nginx'],
  // mysite:1.0 from the Dockerfile waiting in ~/app: an image no registry has and no rebuild repeats.
  '17-save-or-export': ['docker build -t mysite:1.0 .'],
};

/** The set-up commands of an exercise folder (e.g. "09-stop-rm-keep-image"); none for most. */
export function setupOf(exerciseId: string): string[] {
  return [...(SETUPS[exerciseId] ?? [])];
}
