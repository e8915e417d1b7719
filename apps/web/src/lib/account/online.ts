/**
 * Calls back with the browser's online state now and whenever it changes;
 * returns the function that stops listening. The auth screens say «нет
 * связи» at once instead of after a failed request (issue 17).
 */
export function watchOnline(
  onChange: (online: boolean) => void,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    navigator: { onLine: boolean };
  } = window,
): () => void {
  const update = () => onChange(target.navigator.onLine);
  update();
  target.addEventListener('online', update);
  target.addEventListener('offline', update);
  return () => {
    target.removeEventListener('online', update);
    target.removeEventListener('offline', update);
  };
}
