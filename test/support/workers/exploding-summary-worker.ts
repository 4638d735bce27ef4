/** A summary worker for tests with a bug: every job throws. */
import { serveJobs } from '../../../src/services/worker-pool/serve.ts';

serveJobs(() => {
  throw new TypeError('summarizer exploded');
});
