/** `npm run docs:api`: writes docs/api.md from the registered routes and their schemas. */
import { writeFileSync } from 'node:fs';
import { API_REFERENCE_FILE, buildApiReference } from './api-reference';

writeFileSync(API_REFERENCE_FILE, await buildApiReference());
console.log(`wrote ${API_REFERENCE_FILE}`);
