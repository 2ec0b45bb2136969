import { z } from 'zod';

/**
 * Every schema imports zod from here so this configuration runs before any schema exists:
 * Vietnamese messages, and no JIT — zod's JIT probes `new Function`, which the renderer's strict
 * CSP reports as a violation even when the probe's error is caught.
 */
z.config({ ...z.locales.vi(), jitless: true });

export { z };
