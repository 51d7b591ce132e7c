using System;
using System.Net;
using System.Net.Http;
using RestSharp;

namespace FieldOffice.Export
{
    public static class KoboUrls
    {
        public const string Host = @"https://kc-eu.kobotoolbox.org"; // want "KB102 host"
        public static readonly string ApiRoot = Host + "/api/v1"; // want "KB200 endpoint"
        public static string Media(int formid) => $"{ApiRoot}/metadata?xform={formid}"; // want "KB220 endpoint"
    }

    public class Exporter
    {
        private readonly HttpClient http = new HttpClient();

        public string CsvOf(int formid)
        {
            using (var web = new WebClient())
            {
                return web.DownloadString(string.Format("{0}/data/{1}.csv", KoboUrls.ApiRoot, formid)); // want "KB202 endpoint"
            }
        }

        public HttpRequestMessage UserRequest()
        {
            return new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(KoboUrls.Host), "api/v1/user")); // want "KB230 endpoint"
        }

        public RestRequest FormsRequest()
        {
            var client = new RestClient(KoboUrls.ApiRoot);
            return new RestRequest("forms", Method.Get); // want "KB210"
        }

        public string Raw()
        {
            var note = """
                Export notes: use the project page to download data.
                """;
            return note;
        }

        public string Escaped(int formid)
        {
            return $"{KoboUrls.ApiRoot}/data/{formid}?query={{\"_submission_time\":{{\"$gt\":\"2024-01-01\"}}}}"; // want "KB202 endpoint"
        }

        public string V2(string uid) => String.Concat("https://kf.kobotoolbox.org/api/v2/assets/", uid, "/");
    }
}
