type Json = Record<string, unknown>;

interface MediaFile {
  data_filename: string; // want "KB434 field data_filename"
  data_file_type: string; // want "KB436 field data_file_type"
}

export class KoboV1Client {
  private readonly base = 'https://kc.myngo.org'; // want "KB104 host"

  constructor(private readonly token: string) {}

  private async get<T>(path: string): Promise<T> {
    const res = await fetch(this.base + path, { headers: { Authorization: `Token ${this.token}` } });
    if (!res.ok) {
      throw new Error(`HTTP ${res.status} for ${path}`);
    }
    return (await res.json()) as T;
  }

  media(formid: number): Promise<MediaFile[]> {
    return this.get<MediaFile[]>(`/api/v1/metadata?xform=${formid}`); // want "KB220 endpoint" "KB501"
  }

  async submissionCount(formid: number): Promise<number> {
    const form = await this.get<Json>(`/api/v1/forms/${formid}`); // want "KB211 endpoint"
    return form['num_of_submissions'] as number; // want "KB424 field num_of_submissions"
  }

  async owner(formid: number): Promise<string> {
    const detail = await this.get<Json>(`/api/v1/forms/${formid}`); // want "KB211 endpoint"
    return String(detail?.owner); // want "KB411 field owner"
  }
}

export class StatusClient {
  private readonly base = 'https://status.example.org/api/v1';

  async title(): Promise<string> {
    const res = await fetch(`${this.base}/summary`);
    const body = await res.json();
    return body.title;
  }
}
