/** The domain's error catalogue, as its own chunk: loaded by `wording.ts` when a request starts. */
export { wordError } from '@rodnik/domain';
