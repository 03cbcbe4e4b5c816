// Pasted tables (Markdown or CSV) become "label: value" text the rest of the pipeline reads:
//   | Tab | Count |            ->  "network devices: 275, iot devices: 990"
//   | Network devices | 275 |
//   site,network,iot           ->  "network: 215, iot: 695" (a column per kind, summed over the sites)
//   HQ,120,540 / DC1,95,155

const MARKDOWN_ROW = /^\s*\|(.*)\|\s*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}/;
const INTEGER_CELL = /^(?:\d{1,3}(?:,\d{3})+|\d{1,9})$/;
/** Headers of a first column that names what each row counts ("Tab", "Type"), not where it is ("Site"). */
const KIND_HEADER = /(?:^|\s)(?:tab|type|kind|category|class|group|item|metric|name|what|source|licen[cs]e|plan|sku|product|field)s?$/;

type Row = string[];
const TOTAL_LABEL = /^(?:total|totals|sum|grand total|overall|all(?: sites)?|total devices)$/;

/** "Floor 1 | 120": a pasted table without the outer pipes. */
const BARE_PIPE_ROW = /^[^|]+(?:\|[^|]+)+$/;

function cells(line: string, csv: boolean): Row | null {
  if (!csv) {
    const m = MARKDOWN_ROW.exec(line);
    const inner = m ? (m[1] ?? '') : BARE_PIPE_ROW.test(line) ? line : null;
    if (inner === null) return null;
    const parts = inner.split('|').map((c) => c.trim());
    return m || parts.every((c) => c.length > 0 && c.length <= 40) ? parts : null;
  }
  // "IoT devices: 3,000" is a label line with a thousands separator, not two cells.
  // "plant1,120,780" is cells: the digits of "plant1" belong to its name.
  if (/(?:^|[^,\w])\d{1,3},\d{3}\b|:/.test(line)) return null;
  const parts = line.split(/[,;\t]/).map((c) => c.trim());
  return parts.length >= 2 && parts.every((c) => c.length > 0 && c.length <= 40) ? parts : null;
}

const isNumber = (cell: string) => INTEGER_CELL.test(cell);

/** The text a table stands for, or null when it is not one we can read with certainty. */
function readTable(rows: Row[]): string | null {
  const width = rows[0]?.length ?? 0;
  if (width < 2 || rows.some((r) => r.length !== width)) return null;
  const header = rows[0]!.some(isNumber) ? null : rows[0]!;
  let data = header ? rows.slice(1) : rows;
  // A totals row is the user's own sum: not added again, and when it disagrees with the rows, both are kept
  // as a range so the user is asked which is right.
  const last = data[data.length - 1];
  const totals = data.length >= 3 && last && TOTAL_LABEL.test(last[0]!.toLowerCase()) ? last : null;
  if (totals) data = data.slice(0, -1);
  const sumColumn = (j: number): string => {
    const sum = data.reduce((t, r) => t + Number((r[j] ?? '0').replace(/,/g, '')), 0);
    const stated = totals && isNumber(totals[j] ?? '') ? Number(totals[j]!.replace(/,/g, '')) : sum;
    return stated === sum ? String(sum) : `${Math.min(sum, stated)} to ${Math.max(sum, stated)}`;
  };
  if (data.length === 0) return null;
  const firstIsLabel = data.every((r) => !isNumber(r[0]!));
  if (width === 2 && firstIsLabel && data.every((r) => isNumber(r[1]!))) {
    // "| Site | Devices |" over several sites: one figure per site, summed under the column's name.
    if (header && !KIND_HEADER.test(header[0]!.toLowerCase()) && data.length > 1) return `${header[1]}: ${sumColumn(1)}`;
    // Label / value rows: "Network devices | 275".
    if (totals) return null;
    return data.map((r) => `${r[0]}: ${r[1]}`).join(', ');
  }
  // A column per kind, a row per site: each numeric column is summed under its header.
  if (header && firstIsLabel && data.length >= 2) {
    const columns = header.map((_, j) => j).filter((j) => j > 0 && data.every((r) => isNumber(r[j]!)));
    if (columns.length === width - 1) return columns.map((j) => `${header[j]}: ${sumColumn(j)}`).join(', ');
  }
  return null;
}

/** Replaces every readable Markdown or CSV table (two rows or more) by the figures it holds. */
export function flattenTables(text: string): string {
  if (!text.includes('\n') || !/[|,;\t]/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const csv = !MARKDOWN_ROW.test(lines[i]!) && !BARE_PIPE_ROW.test(lines[i]!);
    const block: Row[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (!csv && MARKDOWN_RULE.test(lines[j]!)) continue;
      const row = cells(lines[j]!, csv);
      if (!row) break;
      block.push(row);
    }
    const flat = block.length >= 2 ? readTable(block) : null;
    if (flat !== null) {
      out.push(flat);
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out.join('\n');
}
