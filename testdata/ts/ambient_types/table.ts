// Rows of the dashboard's table: the members of KoboForm values.
export function rows(forms: KoboForm[]): string[] {
  return forms.map((f: KoboForm) => `${f.title} ${f.id_string}`); // want "KB403 field title" "KB401 field id_string"
}

// An export request is the app's own input, filled from a form post.
export function describe(req: { body: unknown }): string {
  const body: ExportRequest = req.body as ExportRequest;
  return body.title;
}
