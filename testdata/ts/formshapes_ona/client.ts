// Lists the forms of an Ona server (the type is named like any form); nothing here is Kobo's.
import { SurveyForm } from './types';

export async function forms(): Promise<SurveyForm[]> {
  const r = await fetch('https://api.ona.io/api/v1/forms');
  return (await r.json()) as SurveyForm[];
}

export async function labels(): Promise<string[]> {
  const out: string[] = [];
  for (const f of (await forms()) as SurveyForm[]) {
    out.push(`${f.title} ${f.owner} ${f.formid} ${f.num_of_submissions}`);
  }
  return out;
}
