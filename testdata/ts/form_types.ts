import axios from 'axios';

const KOBO_API = process.env.KOBO_API_URL ?? 'https://kc.kobotoolbox.org/api/v1'; // want "KB101 host" "KB200 endpoint"

export interface KoboForm {
  formid: number; // want "KB410 field formid"
  'id_string': string; // want "KB401 field id_string"
  title: string; // want "KB403 field title"
  num_of_submissions: number; // want "KB424 field num_of_submissions"
  last_submission_time?: string; // want "KB421 field last_submission_time"
}

// Not a Kobo shape: the page's own metadata.
export interface PageMeta {
  title: string;
  description: string;
  tags: string[];
}

// The v2 asset: names are already v2.
export interface Asset {
  uid: string;
  name: string;
  deployment__submission_count: number;
}

export async function listForms(token: string): Promise<KoboForm[]> {
  const res = await axios.get<KoboForm[]>(`${KOBO_API}/forms`, { // want "KB210 endpoint"
    headers: { Authorization: `Token ${token}` },
  });
  return res.data; // want "KB501"
}

export async function assets(token: string): Promise<Asset[]> {
  const res = await fetch('https://kf.kobotoolbox.org/api/v2/assets/?format=json', {
    headers: { Authorization: `Token ${token}` },
  });
  const page = (await res.json()) as { results: Asset[] };
  return page.results;
}

export function describe(meta: PageMeta): string {
  return `${meta.title}: ${meta.description}`;
}
