// The same helper shape on Ona: not Kobo.
import { config } from './config';

export function onaOptions(path: string) {
  return { url: config.ona.server + '/' + path };
}
