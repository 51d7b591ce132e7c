// A DTO whose property names are the v1 JSON names: the fix gives each the
// v2 JSON name with the serializer's attribute, so the C# name and every
// use of it stay as they are.
using System.Collections.Generic;
using System.Net.Http;
using Newtonsoft.Json;

class KoboForm
{
    public string title { get; set; } // want "KB403 field title"
    public int num_of_submissions { get; set; } // want "KB424 field num_of_submissions"
}

class Sync
{
    async void Run(HttpClient c)
    {
        var json = await c.GetStringAsync("https://kc.kobotoolbox.org/api/v1/forms"); // want "KB101 host" "KB210"
        var forms = JsonConvert.DeserializeObject<List<KoboForm>>(json); // want "KB501"
        foreach (var kf in forms)
        {
            System.Console.WriteLine(kf.title + kf.num_of_submissions); // want "KB403 field title" "KB424 field num_of_submissions"
        }
    }
}
