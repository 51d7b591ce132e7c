// Reads typed by an interface of another module are not renamed alone:
// `f.name` would not type-check against KoboForm until types.ts changes.
import { KoboForm } from './types';

export async function titles(): Promise<string[]> {
  const r = await fetch('https://kc.kobotoolbox.org/api/v1/forms'); // want "KB101 host" "KB210"
  const forms: KoboForm[] = await r.json();  // want "KB501 shape"
  return forms.map((f) => f.title); // want "KB403 field title"
}
