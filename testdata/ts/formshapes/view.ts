// Reads of the form type's members through typed values: a loop over a
// cast list, a typed arrow parameter, a typed variable, nested media
// items reached through a loop variable.
import { Asset, Boat, ExportRequest, KoboForm, MediaFile } from './types';
import { assets, cachedForms } from './client';

export function rows(): string[] {
  const out: string[] = [];
  for (const f of cachedForms() as KoboForm[]) {
    out.push(`${f.title} by ${f.owner}`); // want "KB403 field title" "KB411 field owner"
    for (const metadata of f.metadata) { // want "KB412 field metadata"
      const m: MediaFile = metadata;
      out.push(m.data_value); // want "KB433 field data_value"
    }
  }
  return out;
}

export function titles(forms: KoboForm[]): string[] {
  return forms.map((f: KoboForm) => f.title); // want "KB403 field title"
}

export function userCount(form: KoboForm): number {
  return form.users.length; // want "KB417 field users"
}

export async function owners(boats: Boat[], exports: ExportRequest[]): Promise<string[]> {
  const list = (await assets()).map((a: Asset) => a.owner);
  for (const b of boats) {
    list.push(b.owner + b.title + b.users.length);
  }
  for (const e of exports) {
    list.push(e.owner + e.title);
  }
  return list;
}
