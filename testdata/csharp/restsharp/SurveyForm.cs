// The DTO the Kobo form list is decoded into (KoboApi.cs): serializers
// bind Title to "title" and Formid to "formid", whatever the case.
namespace Surveys.Kobo
{
    public class SurveyForm
    {
        public string Title { get; set; } // want "KB403 field title"
        public int Formid { get; set; } // want "KB410 field formid"
        public string Description { get; internal set; }
    }

    // The app's own record: not decoded from Kobo anywhere.
    public class Invoice
    {
        public string Title { get; set; }
        public int Id { get; set; }
    }
}
