# Nightly export job in PowerShell.
$headers = @{ Authorization = "Token $env:KOBO_TOKEN" }
$base = "https://kc.kobotoolbox.org/api/v1" # want "KB101 host" "KB200"
Invoke-RestMethod -Uri "$base/data/$($env:FORM_ID)?format=json" -Headers $headers # want "KB202"
<# Old URL: https://kc.kobotoolbox.org/api/v1/forms #>
$forms = Invoke-RestMethod -Uri "$base/forms" -Headers $headers # want "KB210"
foreach ($f in $forms) { Write-Host $f.id_string $f.num_of_submissions } # want "KB401 field id_string" "KB424 field num_of_submissions"
