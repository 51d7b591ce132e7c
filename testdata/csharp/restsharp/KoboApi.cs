// A RestSharp client: relative resources on the client's v1 base.
using System.Collections.Generic;
using RestSharp;

namespace Surveys.Kobo
{
    public class KoboApi
    {
        private const string Root = "https://kc.kobotoolbox.org/api/v1/"; // want "KB101 host" "KB200"
        private readonly RestClient client = new RestClient(Root);

        public List<SurveyForm> Forms() => client.Execute<List<SurveyForm>>(new RestRequest("forms")).Data; // want "KB210" "KB501"

        public string Rows(int pk) => client.Execute(new RestRequest("data/" + pk)).Content; // want "KB202"

        public void Upload(byte[] xls)
        {
            var request = new RestRequest("forms", Method.Post); // want "KB210"
            request.AddFile("xls_file", xls, "form.xls");
            client.Execute(request);
        }
    }

    // The same calls on Ona: not Kobo.
    public class OnaApi
    {
        private readonly RestClient ona = new RestClient("https://api.ona.io/api/v1/");

        public string Forms() => ona.Execute(new RestRequest("forms")).Content;
    }
}
