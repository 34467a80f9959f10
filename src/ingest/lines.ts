// Splits a byte stream into lines without holding more than one line (up to a cap) in memory.

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line's bytes without its `\n` (a trailing `\r` is removed too). */
  readonly bytes: Buffer;
}

export interface OversizedLine {
  readonly number: number;
  readonly length: number;
}

export type LineEvent = { readonly kind: 'line'; readonly line: Line } | { readonly kind: 'oversized'; readonly line: OversizedLine };

/**
 * Yields each line of `chunks`. A line longer than `maxBytes` is not kept: it is skipped and reported as
 * `oversized` with its length, so one huge line costs no more memory than the cap.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<LineEvent> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipping = false;
  let skippedLength = 0;
  let number = 1;
  const finish = (tail: Buffer): LineEvent => {
    if (skipping || held + tail.length > maxBytes) {
      const length = skipping ? skippedLength + tail.length : held + tail.length;
      skipping = false;
      skippedLength = 0;
      parts = [];
      held = 0;
      return { kind: 'oversized', line: { number, length } };
    }
    let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    held = 0;
    return { kind: 'line', line: { number, bytes } };
  };
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(10, from);
      if (nl < 0) break;
      yield finish(buf.subarray(from, nl));
      number++;
      from = nl + 1;
    }
    const rest = buf.subarray(from);
    if (rest.length === 0) continue;
    if (skipping) {
      skippedLength += rest.length;
    } else if (held + rest.length > maxBytes) {
      skipping = true;
      skippedLength = held + rest.length;
      parts = [];
      held = 0;
    } else {
      // Copy: the stream may reuse its chunk buffers.
      parts.push(Buffer.from(rest));
      held += rest.length;
    }
  }
  if (held > 0 || skipping) yield finish(Buffer.alloc(0));
}
