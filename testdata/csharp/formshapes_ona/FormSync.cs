// Lists the forms of an Ona server and reads them through a typed list.
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Field.Sync
{
    public class FormSync
    {
        private static readonly HttpClient Http = new HttpClient();
        private List<Form> _forms = new List<Form>();

        public async Task Load()
        {
            var json = await Http.GetStringAsync("https://api.ona.io/api/v1/forms");
            _forms = JsonConvert.DeserializeObject<List<Form>>(json);
        }

        public List<string> Labels()
        {
            var labels = new List<string>();
            foreach (var f in _forms)
            {
                labels.Add(f.title + " " + f.owner + " " + f.formid + " " + f.users.Count);
            }
            return labels;
        }
    }
}
