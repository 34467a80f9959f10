// A worker for the pool's tests: echoes, throws, or stops its thread, as asked.
import { answerRequests } from '../../src/core/worker-pool.js';

answerRequests((req: string) => {
  if (req === 'throw') throw new RangeError('asked to throw');
  if (req === 'stop') process.exit(3);
  return `echo ${req}`;
});
