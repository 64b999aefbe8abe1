import { toBase64Url, Writer } from '../../src/app/binaryCodec';

// Codes with a correct checksum around arbitrary bytes: what a forger can make, so fuzzing
// reaches past the checksum into every field reader.

export function forgeCode(prefix: string, magic: readonly [number, number], version: number, body: Uint8Array | readonly number[]): string {
  const w = new Writer();
  w.byte(magic[0]);
  w.byte(magic[1]);
  w.byte(version);
  for (const b of body) w.byte(b);
  return prefix + toBase64Url(w.finish());
}

/** Bytes of a text field as the codes write it: a length byte, then UTF-8. */
export function textBytes(text: string): number[] {
  const utf8 = [...new TextEncoder().encode(text)];
  return [utf8.length, ...utf8];
}
