// The form type of the app: its members are the KoboCAT form's (formid,
// num_of_submissions, mongo_uuid are v1 only), so it describes a v1 form
// wherever its values come from. Names that v2 has too (owner, metadata,
// title, uuid) are the v1 values here.
export type KoboForm = {
  formid: number; // want "KB410 field formid"
  id_string: string; // want "KB401 field id_string"
  title: string; // want "KB403 field title"
  owner: string; // want "KB411 field owner"
  users: FormUser[]; // want "KB417 field users"
  metadata: MediaFile[]; // want "KB412 field metadata"
  uuid: string; // want "KB422 field uuid"
  num_of_submissions: number; // want "KB424 field num_of_submissions"
  mongo_uuid: string; // want "KB429 field mongo_uuid"
  has_kpi_hooks: boolean; // want "KB428 field has_kpi_hooks"
};

export interface FormUser {
  user: string;
  permissions: string[];
}

// An item of the form's v1 media list.
export interface MediaFile {
  id: number; // want "KB430 field id"
  data_value: string; // want "KB433 field data_value"
  data_type: string; // want "KB431 field data_type"
  data_file: string; // want "KB435 field data_file"
}

// Look-alikes that stay silent: the v2 asset as v2 spells it, the app's
// own record with a title and an owner, and a request body of its own
// with one form id among its own names.
export interface Asset {
  uid: string;
  name: string;
  owner: string;
  owner__username: string;
  deployment__submission_count: number;
}

export interface Boat {
  title: string;
  owner: string;
  users: string[];
}

export interface ExportRequest {
  formid: number;
  title: string;
  owner: string;
  destination: string;
}
