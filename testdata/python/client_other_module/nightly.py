from survey_client import PartnerClient, SurveyClient

client = SurveyClient("https://kc.kobotoolbox.org/api/v1/", "xxxx")  # want "KB101" "KB200"
for f in client.forms():
    print(f["title"], f["formid"])  # want "KB403" "KB410"

# the partner runs Ona: the same relative paths are Ona's
partner = PartnerClient("https://api.ona.io/api/v1/")
for f in partner.forms():
    print(f["title"], f["formid"])
