// Reads through a parameter typed with the imported KoboForm: they are
// the v1 form's members, wherever the list comes from.
import { KoboForm, ExportRequest } from './types';
import { titles } from './list';

export function show(forms: KoboForm[]): string[] {
  return forms.map((f: KoboForm) => `${f.title} (${f.formid})`); // want "KB403 field title" "KB410 field formid"
}

export function describe(req: ExportRequest): string {
  return req.title;
}

export async function main(): Promise<void> {
  console.log(await titles());
}
