// The same DTO after migration: its properties keep their C# names and
// carry the v2 JSON names, so the reads of those properties are v2 reads.
using System.Collections.Generic;
using System.Net.Http;
using Newtonsoft.Json;

class KoboAsset
{
    [JsonProperty("name")] public string title { get; set; }
    [JsonProperty("deployment__submission_count")] public int num_of_submissions { get; set; }
}

class Page<T>
{
    public int count { get; set; }
    public string next { get; set; }
    public List<T> results { get; set; }
}

class Sync
{
    async void Run(HttpClient c)
    {
        var json = await c.GetStringAsync("https://kf.kobotoolbox.org/api/v2/assets/?q=asset_type:survey");
        var page = JsonConvert.DeserializeObject<Page<KoboAsset>>(json);
        foreach (var a in page.results)
        {
            System.Console.WriteLine(a.title + a.num_of_submissions);
        }
    }
}
