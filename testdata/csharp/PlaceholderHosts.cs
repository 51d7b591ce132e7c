// Request templates copied from API docs keep their placeholders: the
// path is still a v1 path of this Kobo client.
using System.Net.Http;

class MediaUpload
{
    const string Server = "https://kc.kobotoolbox.org"; // want "KB101 host"

    HttpRequestMessage Upload() =>
        new HttpRequestMessage(HttpMethod.Post, "http://https//<kc_url>/api/v1/metadata.json"); // want "KB220"

    HttpRequestMessage Other() =>
        new HttpRequestMessage(HttpMethod.Get, "https://<server>/api/v2/assets/");
}
