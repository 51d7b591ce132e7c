// Reads of the form type's members through a list held by this class
// (a loop variable, a lambda parameter, an object initializer), and of
// the media items through a loop over a typed list.
using System.Collections.Generic;
using System.Linq;

namespace Fisheries.Server
{
    public class Row
    {
        public string Owner { get; set; }
        public string Name { get; set; }
        public int UserCount { get; set; }
    }

    public class FormListViewModel
    {
        private List<KoboForm> _koboForms = new List<KoboForm>();
        private List<MediaFile> _media = new List<MediaFile>();
        private List<AssetV2> _assets = new List<AssetV2>();
        private List<Boat> _boats = new List<Boat>();
        private List<ExportRequest> _exports = new List<ExportRequest>();

        public List<Row> Rows()
        {
            var rows = new List<Row>();
            foreach (var kf in _koboForms)
            {
                var row = new Row
                {
                    Owner = kf.owner, // want "KB411 field owner"
                    Name = kf.title, // want "KB403 field title"
                };
                if (kf.users != null) // want "KB417 field users"
                {
                    row.UserCount = kf.users.Count; // want "KB417 field users"
                }
                rows.Add(row);
            }
            return rows;
        }

        public KoboForm Find(string name) => _koboForms.FirstOrDefault(t => t.title == name); // want "KB403 field title"

        public List<string> Files()
        {
            var names = new List<string>();
            foreach (MediaFile media in _media)
            {
                names.Add(media.data_value); // want "KB433 field data_value"
            }
            return names;
        }

        public List<string> Owners()
        {
            var owners = _assets.Select(a => a.owner).ToList();
            foreach (var b in _boats)
            {
                owners.Add(b.owner + b.title + b.users.Count);
            }
            foreach (var e in _exports)
            {
                owners.Add(e.owner + e.title);
            }
            return owners;
        }
    }
}
