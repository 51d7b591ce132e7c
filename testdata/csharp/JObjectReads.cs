using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace FieldOffice.Audit
{
    // Old endpoint, kept for reference: https://kc.kobotoolbox.org/api/v1/forms/{formid}
    // was: form["num_of_submissions"]
    public class Audit
    {
        private readonly HttpClient client = new HttpClient();
        private const string Api = "https://kc.kobotoolbox.org/api/v1"; // want "KB101 host" "KB200 endpoint"

        public async Task<string> Describe(int formid)
        {
            var text = await client.GetStringAsync(Api + "/forms/" + formid); // want "KB211 endpoint"
            var form = JObject.Parse(text);
            var count = (int)form["num_of_submissions"]; // want "KB424 field num_of_submissions"
            var tags = form?["tags"]; // want "KB413 field tags"
            return form["title"] + " " + count + " " + tags; // want "KB403 field title"
        }

        public async Task<string> Legacy()
        {
            // kobolint:ignore
            return await client.GetStringAsync("https://kc.kobotoolbox.org/api/v1/user");
        }

        public string Page(JObject page)
        {
            return (string)page["title"];
        }
    }
}
