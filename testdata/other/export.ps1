# Nightly export job in PowerShell.
$headers = @{ Authorization = "Token $env:KOBO_TOKEN" }
$base = "https://kc.kobotoolbox.org/api/v1" # want "KB101 host" "KB200"
Invoke-RestMethod -Uri "$base/data/$($env:FORM_ID)?format=json" -Headers $headers # want "KB202"
<# Old URL: https://kc.kobotoolbox.org/api/v1/forms #>
