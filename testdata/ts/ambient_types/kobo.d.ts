// Ambient types of the Kobo dashboard: no import needed to use them.
declare interface KoboForm {
  formid: number; // want "KB410 field formid"
  id_string: string; // want "KB401 field id_string"
  title: string; // want "KB403 field title"
}

declare interface ExportRequest {
  title: string;
  format: string;
}
