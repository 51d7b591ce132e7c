// The response type lives in its own module; list.ts decodes the v1 form
// list into it, so its members are the v1 form's.
export interface KoboForm {
  formid: number; // want "field formid"
  title: string; // want "field title"
}

// Typed by the same module but decoded nowhere: only distinctive v1 names.
export interface ExportRequest {
  formid: number; // want "field formid"
  title: string;
}
