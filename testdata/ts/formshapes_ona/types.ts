// The same form type in an Ona client: Ona's API is a fork of KoboCAT's
// and answers formid, id_string and num_of_submissions too.
export type SurveyForm = {
  formid: number;
  id_string: string;
  title: string;
  owner: string;
  num_of_submissions: number;
};
