// A view model of the Kobo form picker: members of a SurveyForm declared
// in another file.
namespace Surveys.Kobo
{
    public class Picker
    {
        public SurveyForm Selected { get; set; }
        public Invoice Last { get; set; }
        public Report Current { get; set; }

        public string Label() => Selected.Title + " #" + Selected.Formid; // want "KB403 field title" "KB410 field formid"
        public string Bill() => Last.Title + Last.Id;
        public int Report() => Current.FormId;
    }
}
