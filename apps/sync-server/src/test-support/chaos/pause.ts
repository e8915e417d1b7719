/** Sleeps `ms`, or less when `stop` aborts (the run is stopping). */
export function pause(ms: number, stop?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (!stop) return void setTimeout(done, ms);
    if (stop.aborted) return done();
    const wake = () => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      stop.removeEventListener('abort', wake);
      done();
    }, ms);
    stop.addEventListener('abort', wake, { once: true });
  });
}
