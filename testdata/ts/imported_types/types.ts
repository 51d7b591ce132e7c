// The response type lives in its own module; with no request here, only
// distinctive v1 names are reported.
export interface KoboForm {
  formid: number; // want "field formid"
  title: string;
}
