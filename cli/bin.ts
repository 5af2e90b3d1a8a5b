import { main } from './ropa';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ropa: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
