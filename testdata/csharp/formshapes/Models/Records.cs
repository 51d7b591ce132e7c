// Look-alikes that must stay silent.
using System.Collections.Generic;

namespace Fisheries.Server
{
    // The v2 asset as v2 spells it: its owner is v2's.
    public class AssetV2
    {
        public string uid { get; set; }
        public string name { get; set; }
        public string owner { get; set; }
        public string owner__username { get; set; }
        public int deployment__submission_count { get; set; }
    }

    // The app's own record of a boat: a title and an owner of its own.
    public class Boat
    {
        public string title { get; set; }
        public string owner { get; set; }
        public List<string> users { get; set; }

        public string Display => title + " / " + this.owner;
    }

    // What the app sends to its own reporting service: one form id among
    // names of its own is no Kobo form.
    public class ExportRequest
    {
        public int formid { get; set; }
        public string title { get; set; }
        public string owner { get; set; }
        public string destination { get; set; }
    }
}
