// Fetches one http(s) URL with a timeout, a size limit and a bounded number of redirects.

export type Fetched =
  | { readonly ok: true; readonly bytes: Buffer; readonly contentType: string | null; readonly finalUrl: string }
  | { readonly ok: false; readonly reason: string };

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export async function fetchUrl(url: string, limits: FetchLimits): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': 'corroborate/0.1 (+incident documentation)', accept: '*/*' },
        });
      } catch (e) {
        if (controller.signal.aborted) return { ok: false, reason: `no answer within ${limits.timeoutMs} ms` };
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        return { ok: false, reason: `cannot connect (${cause?.code ?? cause?.message ?? String(e)})` };
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= limits.maxRedirects) return { ok: false, reason: `more than ${limits.maxRedirects} redirects` };
        current = new URL(res.headers.get('location')!, current).toString();
        if (!/^https?:/.test(current)) return { ok: false, reason: `redirected to a non-http URL ${current}` };
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, reason: `HTTP ${res.status} ${res.statusText}`.trim() };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await res.body?.cancel();
        return { ok: false, reason: `${declared} bytes is over the ${limits.maxBytes}-byte report limit` };
      }
      const parts: Buffer[] = [];
      let size = 0;
      let oversized = false;
      if (res.body) {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          if (size > limits.maxBytes) {
            oversized = true;
            break;
          }
          parts.push(Buffer.from(chunk));
        }
      }
      if (oversized) return { ok: false, reason: `body is over the ${limits.maxBytes}-byte report limit` };
      return { ok: true, bytes: Buffer.concat(parts), contentType: res.headers.get('content-type'), finalUrl: current };
    }
  } catch (e) {
    if (controller.signal.aborted) return { ok: false, reason: `no complete answer within ${limits.timeoutMs} ms` };
    return { ok: false, reason: String(e) };
  } finally {
    clearTimeout(timer);
  }
}
