// An RFC 4180 reader for the tests: records end in CRLF, fields are bare or quoted, a quote inside
// a quoted field is doubled. Anything else (a bare quote, a lone LF, text after a closing quote) is
// refused, so a file that passes is one a gradebook importer reads the same way.

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  if (!text.endsWith('\r\n')) throw new Error('the last record does not end in CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('a quoted field is never closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside a bare field, at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { records.push(record); record = []; i += 2; continue; }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return records;
}
