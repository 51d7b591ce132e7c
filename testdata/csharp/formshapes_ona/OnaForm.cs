// The same form type in an Ona client: Ona's API is a fork of KoboCAT's
// and answers id_string, formid and num_of_submissions too. Nothing here
// is Kobo's.
using System.Collections.Generic;

namespace Field.Sync
{
    public class Form
    {
        public int formid { get; set; }
        public string id_string { get; set; }
        public string title { get; set; }
        public string owner { get; set; }
        public List<object> users { get; set; }
        public int num_of_submissions { get; set; }
    }
}
