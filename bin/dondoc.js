#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx dondoc` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
