// Half migrated: the URL is v2's, but its page is still decoded as a list.
using System.Collections.Generic;
using System.Net.Http;
using Newtonsoft.Json;

class Asset
{
    [JsonProperty("uid")] public string Uid { get; set; }
}

class Lister
{
    async void Run(HttpClient c)
    {
        var json = await c.GetStringAsync("https://kf.kobotoolbox.org/api/v2/assets/");
        var assets = JsonConvert.DeserializeObject<List<Asset>>(json); // want "KB501"
        System.Console.WriteLine(assets.Count);
    }
}
