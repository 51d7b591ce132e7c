// Kobo proxy: a helper joins the configured server and a path, and is
// called from other modules with relative paths.
import * as request from 'request';
import { config } from './config';

const koboURL = config.kobotoolbox.server;

export function setRequestOptions(path: string, method = 'GET'): request.Options {
  const options = { method, url: koboURL + '/' + path, headers: { authorization: 'Token x' } };
  return options;
}

// the path reaches the URL through a local variable that may take
// another value (the incoming request's path)
export function setOptionsVia(req: any, newPath?: string): request.Options {
  let finalPath: string = newPath;
  if (!newPath) {
    finalPath = req.path;
  }
  return { method: 'GET', url: koboURL + '/' + finalPath };
}

export function sendRequest(options: request.Options): Promise<string> {
  return new Promise((resolve) => request(options, (err, res, body) => resolve(body)));
}

export const listForms = () => sendRequest(setRequestOptions('forms')); // want "KB210"
