// The client talks to the v2 API only; the form list comes from a cache
// file the app wrote earlier.
import { readFileSync } from 'fs';
import { Asset, KoboForm } from './types';

export async function assets(): Promise<Asset[]> {
  const r = await fetch('https://kf.kobotoolbox.org/api/v2/assets/?format=json');
  return (await r.json()).results as Asset[];
}

export function cachedForms(): unknown {
  return JSON.parse(readFileSync('forms.json', 'utf8'));
}

export type FormList = KoboForm[];
