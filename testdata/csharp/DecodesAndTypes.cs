// Decodes of Kobo lists: a typed list decode has no automatic edit (the
// type must change); a JToken reads the page's items with ["results"].
// An integer id declared for the v2 uid (a string) is not renamed.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Field.Kobo
{
    public class AssetRow
    {
        [JsonProperty("formid")] public int FormId { get; set; } // want "KB410 field formid"
        [JsonProperty("id_string")] public string IdString { get; set; } // want "KB401 field id_string"
    }

    public class Sync
    {
        private static readonly HttpClient Http = new HttpClient();

        public async Task<List<AssetRow>> Rows()
        {
            var json = await Http.GetStringAsync("https://kf.kobotoolbox.org/api/v1/forms"); // want "KB210"
            return JsonConvert.DeserializeObject<List<AssetRow>>(json); // want "KB501"
        }

        public async Task<List<string>> Names()
        {
            var projects = JToken.Parse(await Http.GetStringAsync("https://kf.kobotoolbox.org/api/v1/data")); // want "KB201" "KB501"
            var names = new List<string>();
            foreach (var p in projects)
            {
                names.Add((string)p["title"]); // want "KB403 field title"
            }
            return names;
        }

        public async Task Upload(HttpContent xls)
        {
            await Http.PostAsync("https://kf.kobotoolbox.org/api/v1/forms", xls); // want "KB210"
        }

        public async Task<int> OnaCount()
        {
            var rows = JArray.Parse(await Http.GetStringAsync("https://api.ona.io/api/v1/data"));
            return rows.Count;
        }
    }
}
