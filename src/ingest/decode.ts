// Bytes → string, never throwing: BOMs honoured, declared charsets used, invalid UTF-8 replaced and reported.
import { message } from '../core/values.js';
import type { Message } from '../core/types.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly messages: readonly Message[];
}

/** True when the bytes look like a binary file: a NUL byte, or many control bytes, in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Control bytes other than tab, LF, CR, FF and ESC.
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOfOffset(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 10) line++;
  return line;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a report's bytes. `declared` is a charset named by the container (HTTP header, `<meta charset>`).
 * `source` and `firstLine` place the messages (a JSONL line's bytes start at `firstLine`).
 */
export function decodeBytes(
  bytes: Uint8Array,
  where: { source: string | null; firstLine?: number | null; declared?: string | null },
): Decoded {
  const messages: Message[] = [];
  const at = (line: number | null) => ({ source: where.source, line });
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', messages };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', messages };
  }
  const declared = where.declared?.trim().toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && declared !== 'us-ascii') {
    const dec = decoderFor(declared);
    if (dec) return { text: dec.decode(bytes), encoding: dec.encoding, messages };
    messages.push(
      message('warning', 'ingest:unknown-charset', `declared charset "${declared}" is unknown; read as UTF-8`, at(where.firstLine ?? null)),
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = (where.firstLine ?? 1) + lineOfOffset(bytes, bad) - 1;
    messages.push(
      message(
        'warning',
        'ingest:invalid-utf8',
        `invalid UTF-8 at byte ${bad}; decoded with U+FFFD replacement characters`,
        at(line),
      ),
    );
  }
  return { text: utf8.decode(bytes), encoding: 'utf-8', messages };
}

/** The charset an HTML document declares in its first 2 KiB (`<meta charset>` or http-equiv), if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
