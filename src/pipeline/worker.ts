/** An extraction worker thread: runs the tasks it is sent, one at a time, and posts back each result. */
import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { runTask } from './prepare.js';
import type { Task, WorkerReply } from './tasks.js';

parentPort!.on('message', (task: Task) => {
  void runTask(task).then((result) => {
    // This worker's own heap (v8 answers for the isolate it is called from).
    const h = v8.getHeapStatistics();
    const reply: WorkerReply = { result, heap: { used: h.used_heap_size, total: h.total_heap_size } };
    parentPort!.postMessage(reply);
  });
});
