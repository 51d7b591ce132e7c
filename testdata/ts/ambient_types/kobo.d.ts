// Ambient types of the Kobo dashboard: no import needed to use them.
declare interface KoboForm {
  formid: number; // want "field formid"
  id_string: string; // want "field id_string"
  title: string; // want "field title"
}

declare interface ExportRequest {
  title: string;
  format: string;
}
