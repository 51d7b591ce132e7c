// The form type of the app: its members are the KoboCAT form's (formid,
// num_of_submissions, has_kpi_hooks are v1 only), so it describes a v1
// form wherever its values come from, though the client also decodes a
// v2 asset list into it. Names that v2 has too (owner, metadata, users,
// title) are the v1 values here.
using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Fisheries.Server
{
    public class KoboForm
    {
        public int formid { get; set; } // want "KB410 field formid"
        public string id_string { get; set; } // want "KB401 field id_string"
        public string title { get; set; } // want "KB403 field title"
        public string owner { get; set; } // want "KB411 field owner"
        public List<FormUser> users { get; set; } // want "KB417 field users"
        public List<MediaFile> metadata { get; set; } // want "KB412 field metadata"
        public string uuid { get; set; } // want "KB422 field uuid"
        public int num_of_submissions { get; set; } // want "KB424 field num_of_submissions"
        public bool has_kpi_hooks { get; set; } // want "KB428 field has_kpi_hooks"
        public string mongo_uuid { get; set; } // want "KB429 field mongo_uuid"
        public DateTime date_modified { get; set; }
        public string xlsform_version { get; set; }
    }

    public class FormUser
    {
        public string user { get; set; }
        public List<string> permissions { get; set; }
    }

    // An item of the form's v1 media list.
    public class MediaFile
    {
        public int id { get; set; } // want "KB430 field id"
        public int xform { get; set; } // want "KB432 field xform"
        public string data_value { get; set; } // want "KB433 field data_value"
        public string data_type { get; set; } // want "KB431 field data_type"
        public string data_file { get; set; } // want "KB435 field data_file"
        public bool replace { get; set; }

        // the class's own code reads its members without a receiver
        public string Label
        {
            get { return data_value + " (" + this.data_type + ")"; } // want "KB433 field data_value" "KB431 field data_type"
        }
    }
}
