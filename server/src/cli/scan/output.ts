// The scan's output formats. CSV is one table per file, so any CSV reader takes it as it is: the file
// rows go to stdout and the peer figures, a table of other columns, to their own file (--peers).
// JSON Lines is one object per line, each with a `kind` ("file" or "peer"), so peers can follow the
// rows in the same stream.
import type { ScanFormat } from './args';
import type { PeerFigure } from './peers';
import type { ScanRow } from './row';

export const ROW_COLUMNS = ['path', 'form', 'found', 'present', 'partial', 'missing', 'blockers', 'specificity', 'error'] as const;
export const PEER_COLUMNS = ['element', 'practice', 'present', 'partial', 'missing', 'files', 'presence'] as const;

type Cell = string | number | boolean | null;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled; null is empty. */
function csvCell(value: Cell): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvCell).join(',')}\n`;
}

function rowValues(row: ScanRow): Record<(typeof ROW_COLUMNS)[number], Cell> {
  return { path: row.path, form: row.form, found: row.found, present: row.present, partial: row.partial, missing: row.missing, blockers: row.blockers, specificity: row.specificity, error: row.error };
}

export function header(format: ScanFormat): string {
  return format === 'csv' ? csvLine(ROW_COLUMNS) : '';
}

export function formatRow(row: ScanRow, format: ScanFormat): string {
  const values = rowValues(row);
  if (format === 'csv') return csvLine(ROW_COLUMNS.map((c) => values[c]));
  return `${JSON.stringify({ kind: 'file', ...values })}\n`;
}

export function formatPeers(peers: readonly PeerFigure[], format: ScanFormat): string {
  if (format === 'csv') return csvLine(PEER_COLUMNS) + peers.map((p) => csvLine(PEER_COLUMNS.map((c) => p[c]))).join('');
  return peers.map((p) => `${JSON.stringify({ kind: 'peer', ...p })}\n`).join('');
}
