package csharp

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it
// reports lies inside the input (raw parts spelled exactly).
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"class C { const string B = \"https://kc.example.org\"; async Task M(HttpClient c, int id) { var s = await c.GetStringAsync($\"{B}/api/v1/data/{id}?q={{\\\"a\\\":1}}\"); var o = JObject.Parse(s)[\"title\"]; } }",
		"public class KoboForm { [JsonProperty(\"num_of_submissions\")] public int N { get; set; } public string id_string { get; set; } }",
		"var x = @\"a\"\"b/c\"; var y = \"\"\"\n  raw/x\n  \"\"\"; var z = $@\"{x}\\y\";",
		"record R(int formid, [property: JsonPropertyName(\"title\")] string T);",
	}
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"F.cs"}}.Fuzz(f, seeds...)
}
