// The client: it decodes the v2 asset list into both types, so the type
// of the form list is seen with a v2 URL only.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Fisheries.Server
{
    public class ServerClient
    {
        private static readonly HttpClient Http = new HttpClient();

        public async Task<List<KoboForm>> Forms()
        {
            var json = await Http.GetStringAsync("https://kf.kobotoolbox.org/api/v2/assets/?format=json");
            return JsonConvert.DeserializeObject<List<KoboForm>>(json); // want "KB501"
        }

        public async Task<List<AssetV2>> Assets()
        {
            var json = await Http.GetStringAsync("https://kf.kobotoolbox.org/api/v2/assets/?format=json");
            return JsonConvert.DeserializeObject<List<AssetV2>>(json); // want "KB501"
        }
    }
}
