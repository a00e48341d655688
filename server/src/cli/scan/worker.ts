// Entry point of a scan's worker threads (bundled as dist/scan-worker.js): piscina calls the default
// export with one task per file.
import { scanFile, type ScanRow, type ScanTask } from './row';

export default function (task: ScanTask): ScanRow {
  return scanFile(task);
}
