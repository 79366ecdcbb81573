/** An extraction worker thread: runs the tasks it is sent, one at a time, and posts back each result. */
import { parentPort } from 'node:worker_threads';
import { runTask } from './prepare.js';
import type { Task } from './tasks.js';

parentPort!.on('message', (task: Task) => {
  void runTask(task).then((result) => parentPort!.postMessage(result));
});
