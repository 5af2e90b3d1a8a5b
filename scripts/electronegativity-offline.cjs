// Preloaded into the Electronegativity run (node -r): its "available security fixes" check
// fetches Electron's release list from raw.githubusercontent.com on every run. The scan
// must reach no address but this machine, so its HTTP client (`got`) is replaced by one
// that refuses at once; the check then reports nothing, as it does offline. Whether the
// pinned Electron has security releases is a dependency-update question, not this gate's.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a preload for `node -r` is CommonJS, and patches CommonJS loading
const Module = require('node:module');
const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  if (request === 'got') {
    const refuse = async () => {
      throw new Error('The security scan makes no network request.');
    };
    refuse.head = refuse;
    refuse.get = refuse;
    return refuse;
  }
  return load.call(this, request, ...rest);
};
