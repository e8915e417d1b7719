/**
 * Reads a Server-Sent Events body (EventSource cannot send an Authorization
 * header, so the stream is read with fetch) and hands each event's parsed
 * `data` JSON to `onData`. Comment lines (keep-alives) are skipped, but every
 * chunk, keep-alives included, is reported to `onChunk`: the line is alive.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onData: (data: unknown) => void,
  onChunk: () => void = () => undefined,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      onChunk();
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (!data) continue;
        try {
          onData(JSON.parse(data) as unknown);
        } catch {
          // A malformed event is ignored; the next checkpoint or resync catches up.
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}
