using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace FieldOffice.Sync
{
    // Shape of an item of the KoboCAT form list.
    public class KoboForm
    {
        public int formid { get; set; } // want "KB410 field formid"
        public string id_string { get; set; } // want "KB401 field id_string"
        [JsonProperty("title")] public string Title { get; set; } // want "KB403 field title"
        [JsonPropertyName("num_of_submissions")] // want "KB424 field num_of_submissions"
        public int Submissions { get; set; }
        [DataMember(Name = "last_submission_time")] public string LastSubmission { get; set; } // want "KB421 field last_submission_time"
        public string uid { get; set; }
    }

    // A window of the desktop app: its Title has nothing to do with Kobo.
    public class MainWindowModel
    {
        public string Title { get; set; } = "Field office sync";
        public string Description { get; set; }
    }

    public class FormClient
    {
        private static readonly HttpClient Client = new HttpClient
        {
            BaseAddress = new System.Uri("https://kc.kobotoolbox.org/") // want "KB101 host"
        };

        private const string StatusApi = "https://status.myngo.org/api/v1/health";

        public async Task<List<KoboForm>> ListForms()
        {
            var json = await Client.GetStringAsync("api/v1/forms?format=json"); // want "KB210 endpoint"
            var forms = JsonConvert.DeserializeObject<List<KoboForm>>(json); // want "KB501"
            foreach (var f in forms)
            {
                System.Console.WriteLine($"{f.formid}: {f.Title} ({f.Submissions})"); // want "KB410 field formid"
            }
            return forms;
        }

        public async Task<string> Health(MainWindowModel window)
        {
            window.Title = "Checking";
            var body = await Client.GetStringAsync(StatusApi);
            return window.Description + body;
        }

        public async Task<string> AssetData(string uid)
        {
            return await Client.GetStringAsync($"https://kf.kobotoolbox.org/api/v2/assets/{uid}/data/?format=json");
        }
    }
}
