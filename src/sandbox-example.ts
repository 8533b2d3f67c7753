import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';

/**
 * The operation Apollo Sandbox opens with: the first of the example operations (schema/examples), the Tokyo meeting
 * with its participants, the countries they represented and the evidence. Kept in one place, run by a test.
 */
export const SANDBOX_EXAMPLE = readFileSync(join(projectRoot(), 'schema', 'examples', '01-event-detail.graphql'), 'utf8');
