// The response type lives in its own module; list.ts decodes the v1 form
// list into it, so its members are the v1 form's.
export interface KoboForm {
  formid: number; // want "KB410 field formid"
  title: string; // want "KB403 field title"
}

// Typed by the same module but decoded from no Kobo response anywhere: the
// program's own request body, whose names are its own (even formid).
export interface ExportRequest {
  formid: number;
  title: string;
}
