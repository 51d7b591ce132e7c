// A base URL cut of its trailing slash before paths are joined to it
// stays that base: the joined URL is judged by its host.
using System.Net.Http;
using System.Threading.Tasks;

public class KoboSync
{
    const string Server = "https://kc.kobotoolbox.org/api/v1/"; // want "KB101" "KB200"
    const string Ona = "https://api.ona.io/api/v1/";

    public async Task<string> Rows(HttpClient http, string id)
    {
        var root = Server.TrimEnd('/');
        return await http.GetStringAsync(root + "/data/" + id); // want "KB202"
    }

    // Ona's API, cut the same way: silent
    public async Task<string> OnaRows(HttpClient http, string id)
    {
        var root = Ona.TrimEnd('/');
        return await http.GetStringAsync(root + "/data/" + id);
    }
}
