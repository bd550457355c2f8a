/**
 * The fetcher's one way onto the network: GET requests to one origin (the publisher's, or `--base-url`),
 * politely and defensively.
 * - Polite: a `User-Agent` naming the project, at most `concurrency` requests at once and at most
 *   `requestsPerSecond` started, and a `Retry-After` (on 429 or 503) holds back every request, not only
 *   the one that was told.
 * - Robust: a timeout whenever the service sends nothing for `timeoutMs` (before the headers or within
 *   the body), and retries with exponential backoff (p-retry) on timeouts, dropped or reset connections,
 *   truncated bodies, 5xx, 408 and 429.
 * - Defensive: a redirect is followed only within the origin; a body is counted while it streams in and
 *   refused once it passes its limit (a declared Content-Length above it is refused before reading); a
 *   body shorter than its Content-Length is truncated, not a file.
 * Every failure is a {@link FetchFailure} saying what went wrong in a sentence, and whether trying again
 * later may help (`transient`).
 */
import pRetry from "p-retry";

export interface HttpOptions {
  /** The one origin requests may go to (and redirects stay within). */
  origin: string;
  userAgent: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** Requests started per second at most; 0 for no limit. */
  requestsPerSecond: number;
  /** How long the service may send nothing, before the headers or within a body, in ms. */
  timeoutMs: number;
  /** Attempts after the first, for a failure that may pass. */
  retries: number;
  /** The first wait before trying again, in ms; doubled each time, up to {@link maxBackoffMs}. */
  backoffMs: number;
  maxBackoffMs: number;
  /** The longest `Retry-After` honoured, in ms; a service that asks for longer fails the request. */
  maxRetryAfterMs: number;
  /** Stops every request and wait at once. */
  signal?: AbortSignal | undefined;
}

export type GetResult =
  { status: "ok"; bytes: Buffer; etag: string | null; contentType: string | null; url: string } | { status: "not-modified"; etag: string | null };

export interface HttpClient {
  /** GETs `url` (at the origin), with `If-None-Match: etag` when one is given. */
  get(url: string, options: { maxBytes: number; etag?: string | null; accept?: string }): Promise<GetResult>;
  /** Requests sent (attempts, redirects included) and body bytes received, so far. */
  readonly stats: { requests: number; bytes: number; retries: number };
}

/** A request that failed, in a sentence; `transient` when trying again later may succeed. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    /** How long the service asked to wait (Retry-After), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "FetchFailure";
  }
}

/** Redirects followed for one request, within the origin, before it is given up. */
const MAX_REDIRECTS = 5;

/** `Retry-After`: a number of seconds or an HTTP date (RFC 9110 §10.2.3), as ms from `now`; null when neither. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function createHttpClient(options: HttpOptions): HttpClient {
  const stats = { requests: 0, bytes: 0, retries: 0 };
  const gate = createGate(options);
  /** Until when the service asked every request to wait (Retry-After). */
  let heldUntil = 0;

  const attempt = async (url: string, get: { maxBytes: number; etag?: string | null; accept?: string }): Promise<GetResult> => {
    let address = url;
    for (let redirects = 0; ; redirects++) {
      const release = await gate.enter(() => heldUntil);
      try {
        stats.requests++;
        const outcome = await request(address, get, options, stats);
        if (outcome.status !== "redirect") return outcome;
        const target = new URL(outcome.location, address);
        if (target.origin !== options.origin) {
          throw new FetchFailure(`redirected to another host (${target.origin}), not followed: only ${options.origin} is fetched from`, false);
        }
        if (redirects >= MAX_REDIRECTS) throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects`, false);
        address = target.href;
      } finally {
        release();
      }
    }
  };

  return {
    stats,
    async get(url, get) {
      if (new URL(url).origin !== options.origin) throw new FetchFailure(`${url} is not at ${options.origin}`, false);
      return pRetry(() => attempt(url, get), {
        retries: options.retries,
        factor: 2,
        minTimeout: options.backoffMs,
        maxTimeout: options.maxBackoffMs,
        randomize: true,
        signal: options.signal,
        shouldRetry: ({ error }) => error instanceof FetchFailure && error.transient,
        onFailedAttempt: async ({ error, retriesLeft }) => {
          if (!(error instanceof FetchFailure) || !error.transient || retriesLeft === 0) return;
          stats.retries++;
          if (error.retryAfterMs !== null) {
            if (error.retryAfterMs > options.maxRetryAfterMs) {
              throw new FetchFailure(
                `${error.message}; the service asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s, longer than the ${Math.ceil(options.maxRetryAfterMs / 1000)} s this fetcher waits`,
                true,
              );
            }
            // The service's wait holds back every request, then p-retry's backoff follows.
            heldUntil = Math.max(heldUntil, Date.now() + error.retryAfterMs);
            await sleep(heldUntil - Date.now(), options.signal);
          }
        },
      });
    },
  };
}

type Outcome = GetResult | { status: "redirect"; location: string };

/** One request, its body read in full (within the limit) or refused. */
async function request(
  url: string,
  get: { maxBytes: number; etag?: string | null; accept?: string },
  options: HttpOptions,
  stats: { bytes: number },
): Promise<Outcome> {
  const timeout = new AbortController();
  const timedOut = new FetchFailure(`no answer for ${options.timeoutMs} ms (timed out)`, true);
  let timer = setTimeout(() => timeout.abort(timedOut), options.timeoutMs);
  const idle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => timeout.abort(timedOut), options.timeoutMs);
  };
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const failed = (error: unknown, received: number | null, declared: number | null): never => {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.signal.aborted) throw timedOut;
    if (error instanceof FetchFailure) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const what = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    if (received !== null) {
      const of = declared !== null ? ` of ${declared}` : "";
      throw new FetchFailure(`the body broke off after ${received}${of} bytes (${what}): truncated`, true);
    }
    throw new FetchFailure(`the connection failed (${what})`, true);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: {
          "user-agent": options.userAgent,
          accept: get.accept ?? "*/*",
          ...(get.etag ? { "if-none-match": get.etag } : {}),
        },
      });
    } catch (error) {
      return failed(error, null, null);
    }
    const status = response.status;
    if ([301, 302, 303, 307, 308].includes(status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location");
      if (!location) throw new FetchFailure(`HTTP ${status} without a Location`, false);
      return { status: "redirect", location };
    }
    const etag = response.headers.get("etag");
    if (status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { status: "not-modified", etag };
    }
    if (status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfter = status === 429 || status === 503 ? parseRetryAfter(response.headers.get("retry-after")) : null;
      const transient = status === 408 || status === 429 || status >= 500;
      throw new FetchFailure(`HTTP ${status}${response.statusText ? ` ${response.statusText}` : ""}`, transient, retryAfter);
    }
    // A Content-Length counts the bytes on the wire; a compressed body's says nothing of the file's.
    const encoded = (response.headers.get("content-encoding") ?? "identity").toLowerCase() !== "identity";
    const lengthHeader = response.headers.get("content-length");
    const declared = !encoded && lengthHeader !== null && /^\d+$/u.test(lengthHeader.trim()) ? Number(lengthHeader) : null;
    if (declared !== null && declared > get.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchFailure(`the body is ${declared} bytes, more than the ${get.maxBytes} accepted`, false);
    }
    const chunks: Buffer[] = [];
    let received = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          idle();
          received += value.length;
          stats.bytes += value.length;
          if (received > get.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new FetchFailure(`the body is more than the ${get.maxBytes} bytes accepted; it was refused while it came in`, false);
          }
          chunks.push(Buffer.from(value));
        }
      } catch (error) {
        return failed(error, received, declared);
      }
    }
    if (declared !== null && received !== declared) {
      throw new FetchFailure(`the body has ${received} bytes but its Content-Length says ${declared}: truncated`, true);
    }
    return { status: "ok", bytes: Buffer.concat(chunks), etag, contentType: response.headers.get("content-type"), url };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * At most `concurrency` requests in flight and `requestsPerSecond` started, in the order they asked;
 * `enter` waits for a place (and until `heldUntil()`), and gives the function that frees it.
 */
function createGate(options: Pick<HttpOptions, "concurrency" | "requestsPerSecond" | "signal">) {
  let active = 0;
  let nextStart = 0;
  const waiting: Array<() => void> = [];
  const spacing = options.requestsPerSecond > 0 ? 1000 / options.requestsPerSecond : 0;
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async enter(heldUntil: () => number): Promise<() => void> {
      if (active >= Math.max(1, options.concurrency)) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      // A start is reserved before waiting, so that requests waiting side by side keep their spacing.
      const reserve = (from: number) => {
        const start = Math.max(from, nextStart);
        nextStart = start + spacing;
        return start;
      };
      try {
        let start = reserve(Date.now());
        for (;;) {
          const held = heldUntil();
          if (held > start) start = reserve(held);
          const now = Date.now();
          if (start <= now) break;
          await sleep(start - now, options.signal);
        }
      } catch (error) {
        release();
        throw error;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason once it is aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
