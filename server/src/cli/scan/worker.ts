// Entry point of a scan's worker threads (bundled as dist/scan-worker.js): piscina calls the default
// export with a batch of files and gets their rows back in the same order.
import { scanFile, type ScanRow, type ScanTask } from './row';

export default function (tasks: ScanTask[]): ScanRow[] {
  return tasks.map(scanFile);
}
