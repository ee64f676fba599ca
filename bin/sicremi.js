#!/usr/bin/env node
// Entry point of the `sicremi` command. SICREMI runs its TypeScript sources through tsx,
// so there is no build step between a clone and `npm start`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
