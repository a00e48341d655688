// Entry point of a scan's worker threads (bundled as dist/scan-worker.js): piscina calls the default
// export with a batch of files and gets their rows back in the same order.
import { scanFile, type ScanRow, type ScanTask } from './row';

export default async function (tasks: ScanTask[]): Promise<ScanRow[]> {
  const rows: ScanRow[] = [];
  // One file after the other: a batch converted and checked all at once would hold every text at the same time.
  for (const task of tasks) rows.push(await scanFile(task));
  return rows;
}
