// Type-checks each layer with its own lib, so the compiler keeps the layers honest:
// domain/ has no DOM, sw.ts only WebWorker, the app DOM.
import { execFileSync } from 'node:child_process';

const projects = ['tsconfig.domain.json', 'tsconfig.app.json', 'tsconfig.sw.json', 'tsconfig.test.json', 'tsconfig.node.json', 'server/tsconfig.json'];
for (const project of projects) {
  process.stdout.write(`tsc -p ${project}\n`);
  execFileSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
}
